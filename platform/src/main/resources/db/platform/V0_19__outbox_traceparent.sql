-- The W3C trace context of the transaction that wrote the event (null when it ran without a span): the relay sends it
-- as the Kafka header traceparent, so consumers continue the trace of the request that caused the event.
alter table outbox_event add column traceparent text;
