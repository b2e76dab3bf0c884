/** The message contract of governance-service: its topic, event type names and payloads. */
package fr.cls.governance.events;
