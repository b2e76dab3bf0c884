-- Audit trail shared by every service: who did what, when, under which correlation id. The entries of one
-- tenant form a hash chain (hash = SHA-256(previous_hash || canonical entry)); appends are serialised per
-- tenant with a transaction-level advisory lock, so seq order is chain order. Rows are never updated.

create table audit_entry (
    seq            bigserial   primary key,
    id             uuid        not null unique,
    tenant_id      text        not null,
    subject        text        not null,
    roles          text        not null,
    action         text        not null,
    resource_type  text        not null,
    resource_id    text        not null,
    version_before bigint,
    version_after  bigint,
    correlation_id text        not null,
    occurred_at    timestamptz not null,
    previous_hash  text        not null,
    hash           text        not null
);

create index audit_entry_by_tenant on audit_entry (tenant_id, seq);
