-- See contract-service's V2: the same fail-closed policy on the tenant's own rows.
alter table contract_reference enable row level security;
alter table contract_reference force row level security;
create policy contract_reference_tenant on contract_reference
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
