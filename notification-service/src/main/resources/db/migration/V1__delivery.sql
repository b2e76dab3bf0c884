create table delivery (
    id             uuid        primary key,
    tenant_id      text        not null,
    event_id       uuid        not null,
    event_type     text        not null,
    subject        text        not null,
    correlation_id text,
    channel        text        not null,
    recipient      text,
    status         text        not null,
    event_time     timestamptz not null,
    recorded_at    timestamptz not null
);

create index delivery_by_tenant on delivery (tenant_id, recorded_at desc);
create index delivery_by_subject on delivery (tenant_id, subject);
