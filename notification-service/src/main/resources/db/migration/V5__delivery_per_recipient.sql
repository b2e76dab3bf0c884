-- The delivery log now has one row per (event, recipient, channel) besides the LOG row per event.
alter table delivery add column result text;
alter table delivery add column sent_at timestamptz;
alter table delivery add column contract_id uuid;
create unique index delivery_once on delivery (tenant_id, event_id, channel, recipient) where recipient is not null;
create index delivery_by_contract on delivery (tenant_id, contract_id);
