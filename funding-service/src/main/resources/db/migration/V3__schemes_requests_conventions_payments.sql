-- Financing schemes, requests, conventions and payments. Row-level security as elsewhere, with two twists:
-- published scheme versions are readable by every tenant (they are public terms) and written only by their
-- funder; a request, a convention and its payments are the funder's rows, also readable by the contract's owner.

create table scheme_version (
    tenant_id      text        not null,
    scheme_code    text        not null,
    version        int         not null,
    name           text        not null,
    effective_from date        not null,
    effective_to   date,
    rules          text        not null, -- JSON array of typed rules, see fr.cls.funding.scheme.SchemeJson
    source         text,
    published_at   timestamptz not null,
    published_by   text        not null,
    primary key (tenant_id, scheme_code, version),
    check (effective_to is null or effective_to >= effective_from)
);

-- What funding-service knows of a contract, from contract-service's profile events (the last one wins).
create table contract_profile (
    contract_id      uuid        primary key,
    tenant_id        text        not null, -- the owner (an ARS)
    kind             text        not null,
    title            text        not null,
    status           text        not null,
    start_date       date,
    end_date         date,
    beneficiary_kind text,
    population       bigint,
    departements     text[]      not null default '{}',
    territory_codes  text[]      not null default '{}',
    party_tenants    text[]      not null default '{}',
    updated_at       timestamptz not null
);
create index contract_profile_territory on contract_profile using gin (territory_codes);

create table annual_report_received (
    contract_id uuid not null,
    year        int  not null,
    tenant_id   text not null,
    received_on date not null,
    primary key (contract_id, year)
);

create table funding_request (
    id                     uuid        primary key,
    tenant_id              text        not null, -- the funder, who instructs and decides
    owner_tenant_id        text        not null, -- the contract's owner
    contract_id            uuid        not null,
    scheme_code            text        not null,
    scheme_version         int         not null,
    purpose                text        not null,
    requested              text        not null, -- JSON {"2025": "10000.00", ...}
    own_share              text        not null,
    granted                text,
    status                 text        not null,
    submitted_on           date        not null,
    submitted_by           text        not null,
    instructed_by          text,
    instruction_started_on date,
    decided_on             date,
    decided_by             text,
    reasons                text,
    portal_reference       text,
    sequence               bigint      not null,
    created_at             timestamptz not null,
    version                bigint      not null,
    foreign key (tenant_id, scheme_code, scheme_version) references scheme_version (tenant_id, scheme_code, version)
);
create index funding_request_by_contract on funding_request (contract_id);
create index funding_request_by_status on funding_request (tenant_id, status);
create unique index funding_request_portal_reference on funding_request (tenant_id, portal_reference)
    where portal_reference is not null;

create table convention (
    id              uuid        primary key,
    tenant_id       text        not null,
    owner_tenant_id text        not null,
    kind            text        not null, -- FINANCIAL (from a granted request) or FRAMEWORK (funder–collectivité)
    request_id      uuid        references funding_request (id),
    contract_id     uuid        not null,
    beneficiary     text        not null,
    amounts         text        not null, -- JSON by year, as granted (or as amended)
    valid_from      date        not null,
    valid_until     date        not null,
    status          text        not null,
    signed_on       date,
    cancelled_on    date,
    cancel_reason   text,
    created_at      timestamptz not null,
    version         bigint      not null,
    check (valid_until >= valid_from)
);
create unique index convention_per_request on convention (request_id);

-- Every change of a convention's amounts or status, with what it was before.
create table convention_history (
    id            bigserial   primary key,
    convention_id uuid        not null references convention (id),
    tenant_id     text        not null,
    owner_tenant_id text      not null,
    change        text        not null,
    amounts       text        not null,
    status        text        not null,
    changed_on    date        not null,
    changed_by    text        not null,
    note          text
);

create table payment (
    id              uuid        primary key,
    tenant_id       text        not null,
    owner_tenant_id text        not null,
    convention_id   uuid        not null references convention (id),
    contract_id     uuid        not null,
    year            int         not null,
    amount          numeric(14, 2) not null check (amount >= 0),
    status          text        not null,
    released_on     date,
    paid_on         date,
    version         bigint      not null,
    unique (convention_id, year)
);

alter table scheme_version enable row level security;
alter table scheme_version force row level security;
create policy scheme_version_read on scheme_version for select using (true);
create policy scheme_version_insert on scheme_version for insert
    with check (tenant_id = current_setting('cls.tenant', true));
create policy scheme_version_update on scheme_version for update
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

-- The owner writes; the owner and the contract's parties read.
alter table contract_profile enable row level security;
alter table contract_profile force row level security;
create policy contract_profile_read on contract_profile for select
    using (tenant_id = current_setting('cls.tenant', true) or current_setting('cls.tenant', true) = any (party_tenants));
create policy contract_profile_insert on contract_profile for insert
    with check (tenant_id = current_setting('cls.tenant', true));
create policy contract_profile_update on contract_profile for update
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

-- Readable by whoever may read the contract's profile (the sub-query is itself under row-level security).
alter table annual_report_received enable row level security;
alter table annual_report_received force row level security;
create policy annual_report_read on annual_report_received for select
    using (tenant_id = current_setting('cls.tenant', true)
        or exists (select 1 from contract_profile p where p.contract_id = annual_report_received.contract_id));
create policy annual_report_insert on annual_report_received for insert
    with check (tenant_id = current_setting('cls.tenant', true));

-- The contract's owner files a request addressed to a funder (and may withdraw it); the service checks who does what.
alter table funding_request enable row level security;
alter table funding_request force row level security;
create policy funding_request_tenant on funding_request
    using (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true));

do $$
declare t text;
begin
    foreach t in array array['convention', 'convention_history', 'payment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (tenant_id = current_setting(''cls.tenant'', true)'
            || ' or owner_tenant_id = current_setting(''cls.tenant'', true))', t || '_read', t);
        execute format('create policy %I on %I for insert with check (tenant_id = current_setting(''cls.tenant'', true))',
            t || '_insert', t);
        execute format('create policy %I on %I for update using (tenant_id = current_setting(''cls.tenant'', true))'
            || ' with check (tenant_id = current_setting(''cls.tenant'', true))', t || '_update', t);
    end loop;
end $$;
