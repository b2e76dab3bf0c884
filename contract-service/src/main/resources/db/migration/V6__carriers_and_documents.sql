-- The collectivité(s) carrying the contract are signatories flagged as carriers.
alter table contract_signatory add column carrier boolean not null default false;
alter table contract_signatory add constraint carrier_is_a_collectivite check (not carrier or kind = 'COLLECTIVITE');

-- Documents of a contract, as metadata (the files stay in the signatories' own document systems).
create table contract_document (
    id              uuid primary key,
    contract_id     uuid        not null references contract (id),
    owner_tenant_id text        not null,
    title           text        not null,
    kind            text        not null check (kind in ('LETTER_OF_INTENT', 'DIAGNOSTIC', 'CONTRACT', 'AMENDMENT',
                                                         'ANNUAL_REPORT', 'EVALUATION', 'MINUTES', 'OTHER')),
    reference       text        not null,
    issued_on       date,
    added_at        timestamptz not null
);
create index contract_document_by_contract on contract_document (contract_id);
alter table contract_document enable row level security;
alter table contract_document force row level security;
create policy document_read on contract_document for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = contract_document.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy document_insert on contract_document for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy document_update on contract_document for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy document_delete on contract_document for delete using (owner_tenant_id = current_setting('cls.tenant', true));
