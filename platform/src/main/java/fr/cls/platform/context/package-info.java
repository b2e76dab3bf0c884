/** Who a unit of work runs for (tenant) and which request caused it (correlation id): set at its start, cleared at its end. */
package fr.cls.platform.context;
