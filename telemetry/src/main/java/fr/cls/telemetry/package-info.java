/** Observability settings shared by every entry point: where traces are exported. */
package fr.cls.telemetry;
