-- Shared by every service (Flyway location classpath:db/platform): the transactional outbox and the
-- consumer inbox. Versions V0_x are reserved for this library so services start their own at V1.

create table outbox_event (
    seq          bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    tenant_id    text        not null,
    envelope     text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

create index outbox_event_pending on outbox_event (seq) where published_at is null;

-- One row per (consumer, event): written in the handler's transaction, so a redelivered event is a no-op.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
