-- The contract as signed: a JSON snapshot of its fields, territory, signatories, axes and action sheets, written in
-- the transaction that puts it in force (or imports it), so that later edits and amendments never lose it.
-- Tenant-owned like the other tables of the contract: the owner writes, the owner and the parties read. There is no
-- update or delete policy: under FORCE ROW LEVEL SECURITY no row can be changed or removed, not even by its owner.

create table contract_signed_version (
    contract_id     uuid        primary key references contract (id),
    owner_tenant_id text        not null,
    origin          text        not null check (origin in ('SIGNATURE', 'IMPORT')),
    in_force_on     date        not null,
    snapshot        text        not null,
    recorded_at     timestamptz not null
);

alter table contract_signed_version enable row level security;
alter table contract_signed_version force row level security;
create policy contract_signed_version_read on contract_signed_version for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = contract_signed_version.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy contract_signed_version_insert on contract_signed_version for insert
    with check (owner_tenant_id = current_setting('cls.tenant', true));
