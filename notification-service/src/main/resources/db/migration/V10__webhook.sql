-- Webhooks for integrations (docs/webhooks.md): a tenant's endpoints, one delivery per (endpoint, event) and every
-- HTTP attempt made for it.
create table webhook_endpoint (
    id                          uuid        primary key,
    tenant_id                   text        not null,
    url                         text        not null,
    -- Space-separated patterns: an exact event type, a prefix ending in '*' (cls.funding.*) or '*'.
    event_types                 text        not null,
    description                 text,
    secret                      text        not null,
    previous_secret             text,
    previous_secret_expires_at  timestamptz,
    status                      text        not null,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null
);

create index webhook_endpoint_by_tenant on webhook_endpoint (tenant_id, status);

create table webhook_delivery (
    id               uuid        primary key,
    tenant_id        text        not null,
    endpoint_id      uuid        not null references webhook_endpoint (id),
    event_id         uuid        not null,
    event_type       text        not null,
    -- The envelope exactly as consumed: what is signed and sent.
    payload          text        not null,
    status           text        not null,
    attempts         integer     not null,
    next_attempt_at  timestamptz not null,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    updated_at       timestamptz not null,
    -- A redelivered event never makes a second delivery to the same endpoint.
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (tenant_id, next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_tenant on webhook_delivery (tenant_id, created_at desc);

create table webhook_attempt (
    id           uuid        primary key,
    tenant_id    text        not null,
    delivery_id  uuid        not null references webhook_delivery (id),
    attempted_at timestamptz not null,
    succeeded    boolean     not null,
    status_code  integer,
    duration_ms  bigint      not null,
    error        text
);

create index webhook_attempt_by_delivery on webhook_attempt (delivery_id, attempted_at);
