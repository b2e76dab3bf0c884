-- The W3C trace context of the event that queued an email or a webhook delivery (null when it had none): the sender
-- continues that trace, so a contract's trace shows its emails and webhook calls (docs/operations.md, "Traces").
alter table email_outbox add column traceparent text;
alter table webhook_delivery add column traceparent text;
