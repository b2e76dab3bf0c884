-- Audit entries are tenant-owned rows like any other: the same fail-closed policy (see the services' V2).
-- idempotent_request has none: the Idempotency-Key filter reads it by (tenant, key) outside any transaction.
alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_tenant on audit_entry
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
