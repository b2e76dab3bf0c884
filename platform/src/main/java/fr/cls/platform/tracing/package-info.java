/** Traces: the W3C trace context of a unit of work, kept with what outlives it (outbox rows, queued mails and webhooks). */
package fr.cls.platform.tracing;
