-- The tenant directory as changed by the platform's operators through the API (the bootstrap file stays in the
-- services' configuration). Each change is also published on the compacted topic cls.tenants.v1, which every
-- instance of every service and the gateway follows; this table holds the current entry and its version, so a
-- change is checked against the version the operator saw.
create table tenant_directory_entry (
    id                 text        primary key,  -- the tenant's id
    operator_tenant_id text        not null,     -- the platform tenant whose operators keep the entry
    entry              text        not null,     -- JSON, the bootstrap file's schema (tenancy TenantEntry)
    version            bigint      not null check (version > 0),
    changed_at         timestamptz not null,
    changed_by         text        not null
);

alter table tenant_directory_entry enable row level security;
alter table tenant_directory_entry force row level security;
create policy tenant_directory_entry_operators on tenant_directory_entry
    using (operator_tenant_id = current_setting('cls.tenant', true))
    with check (operator_tenant_id = current_setting('cls.tenant', true));
