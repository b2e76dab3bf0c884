-- Tenants taking part in a contract they do not own (a co-funding département, a signatory): they read it.
create table contract_party (
    contract_id     uuid        not null references contract (id),
    tenant_id       text        not null,
    owner_tenant_id text        not null,
    role            text        not null check (role in ('CO_FUNDER', 'SIGNATORY')),
    added_at        timestamptz not null,
    primary key (contract_id, tenant_id)
);

create index contract_party_by_tenant on contract_party (tenant_id);

-- Row-level security, the second lock behind the application's own tenant filters: a query that forgets its
-- filter still sees nothing foreign. cls.tenant is set per transaction (see TenantScopedDataSource); unset, it
-- is null and matches nothing. FORCE makes the policies apply to the table owner too.
alter table contract enable row level security;
alter table contract force row level security;
create policy contract_read on contract for select
    using (tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p
                      where p.contract_id = contract.id and p.tenant_id = current_setting('cls.tenant', true)));
create policy contract_insert on contract for insert with check (tenant_id = current_setting('cls.tenant', true));
create policy contract_update on contract for update
    using (tenant_id = current_setting('cls.tenant', true)) with check (tenant_id = current_setting('cls.tenant', true));
create policy contract_delete on contract for delete using (tenant_id = current_setting('cls.tenant', true));

-- The owner's tenant is copied on the party row so this policy never has to read contract (no policy recursion).
alter table contract_party enable row level security;
alter table contract_party force row level security;
create policy party_read on contract_party for select
    using (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true));
create policy party_write on contract_party for all
    using (owner_tenant_id = current_setting('cls.tenant', true))
    with check (owner_tenant_id = current_setting('cls.tenant', true));
