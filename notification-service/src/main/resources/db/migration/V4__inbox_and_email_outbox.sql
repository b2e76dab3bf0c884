-- One in-app item per notification and recipient: the unique key makes a redelivered event a no-op.
create table inbox_item (
    id          uuid        primary key,
    tenant_id   text        not null,
    recipient   text        not null,
    source_key  text        not null,
    topic       text        not null,
    contract_id uuid,
    title       text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    unique (tenant_id, source_key, recipient)
);
create index inbox_by_recipient on inbox_item (tenant_id, recipient, created_at desc);

-- Emails are written with the fan-out and sent after commit by EmailSender (PENDING -> SENT / FAILED).
create table email_outbox (
    id              uuid        primary key,
    tenant_id       text        not null,
    delivery_id     uuid        not null,
    recipient       text        not null,
    address         text        not null,
    source_key      text        not null,
    subject_line    text        not null,
    body_text       text        not null,
    body_html       text        not null,
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_result     text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unique (tenant_id, source_key, recipient)
);
create index email_outbox_pending on email_outbox (tenant_id, next_attempt_at) where status = 'PENDING';

alter table inbox_item enable row level security;
alter table inbox_item force row level security;
create policy inbox_item_tenant on inbox_item
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
alter table email_outbox enable row level security;
alter table email_outbox force row level security;
create policy email_outbox_tenant on email_outbox
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
