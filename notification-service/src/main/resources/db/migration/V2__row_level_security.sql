-- See contract-service's V2: the same fail-closed policy on the tenant's own rows.
alter table delivery enable row level security;
alter table delivery force row level security;
create policy delivery_tenant on delivery
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
