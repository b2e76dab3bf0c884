-- Idempotency-Key of POST requests, per tenant: the first request claims the key (IN_PROGRESS), its response
-- is stored (DONE) and replayed to retries with the same body. Rows older than cls.idempotency.ttl are expired.

create table idempotent_request (
    tenant_id       text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          text        not null check (status in ('IN_PROGRESS', 'DONE')),
    response_status integer,
    response_body   text,
    content_type    text,
    location        text,
    created_at      timestamptz not null default now(),
    primary key (tenant_id, idempotency_key)
);

create index idempotent_request_by_age on idempotent_request (created_at);
