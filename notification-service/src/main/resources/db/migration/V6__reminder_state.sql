-- What reminders are computed from, kept from the events. Party tenants get their own copy of a contract
-- (owner_tenant says whose it is) so a funder's events can reach the owner's people.
create table tracked_contract (
    tenant_id    text not null,
    contract_id  uuid not null,
    owner_tenant text not null,
    title        text,
    status       text,
    start_date   date,
    end_date     date,
    coordinators text,
    primary key (tenant_id, contract_id)
);

create table tracked_meeting (
    tenant_id    text not null,
    meeting_id   uuid not null,
    contract_id  uuid,
    body_kind    text,
    body_name    text,
    scheduled_on date not null,
    place        text,
    primary key (tenant_id, meeting_id)
);

create table tracked_convention (
    tenant_id     text not null,
    convention_id uuid not null,
    contract_id   uuid,
    beneficiary   text,
    valid_until   date,
    primary key (tenant_id, convention_id)
);

create table tracked_annual_report (
    tenant_id    text not null,
    contract_id  uuid not null,
    year         int  not null,
    submitted_on date,
    primary key (tenant_id, contract_id, year)
);

-- status: WAITING (submitted, not yet taken into instruction), then DONE.
create table tracked_request (
    tenant_id      text not null,
    request_id     uuid not null,
    contract_id    uuid,
    contract_title text,
    submitted_on   date not null,
    status         text not null,
    primary key (tenant_id, request_id)
);

-- Per-tenant reminder settings and mail identity; a tenant without a row gets the defaults.
create table notification_setting (
    tenant_id                 text primary key,
    copil_days_before         int not null default 15,
    request_waiting_days      int not null default 30,
    end_of_term_months        int not null default 3,
    annual_report_due_month   int not null default 3,
    annual_report_due_day     int not null default 31,
    annual_report_days_before int not null default 30,
    mail_from                 text,
    signature                 text
);

-- A reminder goes out once per (tenant, kind, what, due date), whichever instance runs the job.
create table reminder_sent (
    tenant_id text        not null,
    kind      text        not null,
    ref       text        not null,
    due_on    date        not null,
    sent_at   timestamptz not null,
    primary key (tenant_id, kind, ref, due_on)
);

alter table tracked_contract enable row level security;
alter table tracked_contract force row level security;
create policy tracked_contract_tenant on tracked_contract
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table tracked_meeting enable row level security;
alter table tracked_meeting force row level security;
create policy tracked_meeting_tenant on tracked_meeting
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table tracked_convention enable row level security;
alter table tracked_convention force row level security;
create policy tracked_convention_tenant on tracked_convention
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table tracked_annual_report enable row level security;
alter table tracked_annual_report force row level security;
create policy tracked_annual_report_tenant on tracked_annual_report
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table tracked_request enable row level security;
alter table tracked_request force row level security;
create policy tracked_request_tenant on tracked_request
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table notification_setting enable row level security;
alter table notification_setting force row level security;
create policy notification_setting_tenant on notification_setting
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table reminder_sent enable row level security;
alter table reminder_sent force row level security;
create policy reminder_sent_tenant on reminder_sent
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
