-- The whole lifecycle: agreement, diagnostic, COPIL validation, signatures, dates, end and generations.
alter table contract
    add column agreement_given_on      date,
    add column diagnostic_mode         text check (diagnostic_mode in ('IN_HOUSE', 'PROVIDER', 'ORS')),
    add column diagnostic_delivered_on date,
    add column copil_validated_on      date,
    add column territory_population    bigint check (territory_population >= 0),
    add column start_date              date,
    add column end_date                date,
    add column ended_on                date,
    add column end_reason              text,
    add column generation              integer not null default 1,
    add column previous_contract_id    uuid references contract (id),
    add column next_contract_id        uuid,
    add constraint contract_dates_in_order check (end_date is null or start_date is null or end_date > start_date);

create table contract_signatory (
    id              uuid primary key,
    contract_id     uuid not null references contract (id),
    owner_tenant_id text not null,
    organisation    text not null,
    kind            text not null check (kind in ('ARS', 'COLLECTIVITE', 'PREFECTURE', 'DEPARTEMENT', 'CPAM', 'CAF',
                                                  'MSA', 'HOSPITAL', 'CPTS', 'OTHER')),
    signed_on       date
);
create index contract_signatory_by_contract on contract_signatory (contract_id);

-- Signatories hang off the contract: read by the owner and the parties, written by the owner only.
alter table contract_signatory enable row level security;
alter table contract_signatory force row level security;
create policy signatory_read on contract_signatory for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = contract_signatory.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy signatory_insert on contract_signatory for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy signatory_update on contract_signatory for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy signatory_delete on contract_signatory for delete using (owner_tenant_id = current_setting('cls.tenant', true));

-- Each owner tenant's contract rules, as data (sources: the regions' public pages in shared/seeds).
create table tenant_contract_rule (
    tenant_id          text primary key,
    duration_years     integer check (duration_years > 0),
    minimum_population bigint check (minimum_population > 0),
    source             text not null
);
alter table tenant_contract_rule enable row level security;
alter table tenant_contract_rule force row level security;
create policy rule_tenant on tenant_contract_rule using (tenant_id = current_setting('cls.tenant', true));

insert into tenant_contract_rule (tenant_id, duration_years, minimum_population, source) values
    ('ars-paca', 3, null, 'ARS PACA: contrats signés pour 3 ans (ars-paca-contrats-signes)'),
    ('ars-ara', 5, null, 'ARS Auvergne-Rhône-Alpes: contrat de 5 ans (ars-ara-etapes-financement)'),
    ('ars-bretagne', null, 50000, 'ARS Bretagne: groupements d''EPCI d''au moins 50 000 habitants (ars-bretagne-cadre-cls)');
