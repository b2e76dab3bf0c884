-- Strategic axes, action sheets (fiches actions), annual programming, annual reports (bilans) and amendments
-- (avenants). Every table carries the owner's tenant and follows contract_signatory's policies: the owner writes,
-- the owner and the parties read, nobody else sees a row.

create table contract_axis (
    id              uuid primary key,
    contract_id     uuid    not null references contract (id),
    owner_tenant_id text    not null,
    code            text    not null check (length(code) between 1 and 20),
    title           text    not null check (length(title) between 1 and 300),
    position        integer not null check (position >= 0),
    version         bigint  not null,
    unique (contract_id, code)
);

create table action_sheet (
    id              uuid primary key,
    contract_id     uuid          not null references contract (id),
    owner_tenant_id text          not null,
    axis_id         uuid          not null references contract_axis (id),
    title           text          not null check (length(title) between 1 and 300),
    objective       text          not null,
    pilot           text          not null,
    partners        text          not null default '[]',
    target_public   text,
    start_date      date          not null,
    end_date        date          not null,
    budget          numeric(14,2) not null check (budget >= 0),
    indicators      text          not null default '[]',
    status          text          not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    version         bigint        not null,
    constraint action_sheet_schedule_in_order check (end_date > start_date)
);
create index action_sheet_by_contract on action_sheet (contract_id);

create table annual_programming (
    id               uuid primary key,
    contract_id      uuid    not null references contract (id),
    owner_tenant_id  text    not null,
    year             integer not null,
    status           text    not null check (status in ('DRAFT', 'SUBMITTED', 'VALIDATED')),
    action_sheet_ids text    not null default '[]',
    submitted_on     date,
    validated_on     date,
    body_id          uuid,
    meeting_id       uuid,
    version          bigint  not null,
    unique (contract_id, year)
);

create table annual_report (
    id               uuid primary key,
    contract_id      uuid          not null references contract (id),
    owner_tenant_id  text          not null,
    year             integer       not null,
    status           text          not null check (status in ('DRAFT', 'SUBMITTED')),
    achievements     text          not null,
    indicator_values text          not null default '[]',
    credits_used     numeric(14,2) not null check (credits_used >= 0),
    submitted_on     date,
    version          bigint        not null,
    unique (contract_id, year)
);

create table contract_amendment (
    id              uuid primary key,
    contract_id     uuid        not null references contract (id),
    owner_tenant_id text        not null,
    number          integer     not null check (number >= 1),
    changes         text        not null,
    signed_on       date        not null,
    snapshot        text        not null, -- JSON: the contract, its signatories, axes and sheets when amended
    created_at      timestamptz not null,
    unique (contract_id, number)
);

alter table contract_axis enable row level security;
alter table contract_axis force row level security;
create policy contract_axis_read on contract_axis for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = contract_axis.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy contract_axis_insert on contract_axis for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy contract_axis_update on contract_axis for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy contract_axis_delete on contract_axis for delete using (owner_tenant_id = current_setting('cls.tenant', true));

alter table action_sheet enable row level security;
alter table action_sheet force row level security;
create policy action_sheet_read on action_sheet for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = action_sheet.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy action_sheet_insert on action_sheet for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy action_sheet_update on action_sheet for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy action_sheet_delete on action_sheet for delete using (owner_tenant_id = current_setting('cls.tenant', true));

alter table annual_programming enable row level security;
alter table annual_programming force row level security;
create policy annual_programming_read on annual_programming for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = annual_programming.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy annual_programming_insert on annual_programming for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy annual_programming_update on annual_programming for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy annual_programming_delete on annual_programming for delete using (owner_tenant_id = current_setting('cls.tenant', true));

alter table annual_report enable row level security;
alter table annual_report force row level security;
create policy annual_report_read on annual_report for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = annual_report.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy annual_report_insert on annual_report for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy annual_report_update on annual_report for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy annual_report_delete on annual_report for delete using (owner_tenant_id = current_setting('cls.tenant', true));

alter table contract_amendment enable row level security;
alter table contract_amendment force row level security;
create policy contract_amendment_read on contract_amendment for select
    using (owner_tenant_id = current_setting('cls.tenant', true)
           or exists (select 1 from contract_party p where p.contract_id = contract_amendment.contract_id
                      and p.tenant_id = current_setting('cls.tenant', true)));
create policy contract_amendment_insert on contract_amendment for insert with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy contract_amendment_update on contract_amendment for update
    using (owner_tenant_id = current_setting('cls.tenant', true)) with check (owner_tenant_id = current_setting('cls.tenant', true));
create policy contract_amendment_delete on contract_amendment for delete using (owner_tenant_id = current_setting('cls.tenant', true));
