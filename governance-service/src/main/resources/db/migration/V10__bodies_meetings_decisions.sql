-- Governance: bodies (COPIL, COTECH, project group, cross-contract groups) and their members, meetings with
-- their agenda, attendance, quorum, decisions and minutes, and the follow-up of what the bodies decided.
-- Every row carries its owner tenant and is visible to that tenant only (row-level security, fail closed).

-- Per-tenant rules: how many days before a meeting the convocation must go out, and the default quorum of a
-- new body. The row '*' applies to a tenant without a row of its own.
create table tenant_governance_rule (
    tenant_id              text    primary key,
    convocation_days       integer not null check (convocation_days between 0 and 90),
    quorum_percent         integer not null check (quorum_percent between 1 and 100),
    proxies_count          boolean not null,
    max_proxies_per_member integer not null check (max_proxies_per_member between 0 and 10)
);
insert into tenant_governance_rule values
    ('*', 15, 50, true, 1),
    ('ars-bretagne', 15, 50, true, 1),
    ('ars-pays-de-la-loire', 15, 50, true, 1),
    ('ars-paca', 15, 50, true, 1),
    ('ars-ara', 15, 50, true, 2),
    ('ars-occitanie', 15, 50, true, 1),
    ('cd-53', 10, 50, true, 1);

create table governance_body (
    id                     uuid primary key,
    owner_tenant_id        text    not null,
    contract_id            uuid,
    kind                   text    not null check (kind in ('COPIL', 'COTECH', 'PROJECT_GROUP', 'CROSS_CONTRACT')),
    name                   text    not null check (length(name) between 1 and 200),
    quorum_percent         integer not null check (quorum_percent between 1 and 100),
    proxies_count          boolean not null,
    max_proxies_per_member integer not null check (max_proxies_per_member between 0 and 10),
    status                 text    not null check (status in ('ACTIVE', 'CLOSED')),
    created_on             date    not null,
    closed_on              date,
    version                bigint  not null,
    constraint body_of_a_contract_unless_cross_contract check ((kind = 'CROSS_CONTRACT') = (contract_id is null))
);
-- One COPIL, one COTECH and one project group per contract.
create unique index governance_body_one_per_kind on governance_body (contract_id, kind) where contract_id is not null;
create index governance_body_by_tenant on governance_body (owner_tenant_id);

create table body_member (
    id              uuid primary key,
    body_id         uuid    not null references governance_body (id),
    owner_tenant_id text    not null,
    person          text    check (length(person) between 1 and 200),
    organisation    text    not null check (length(organisation) between 1 and 200),
    role            text    not null check (role in ('CHAIR', 'MEMBER', 'SECRETARY', 'GUEST')),
    voting          boolean not null,
    substitute      text,
    status          text    not null check (status in ('PROPOSED', 'ACTIVE', 'LEFT')),
    signatory_id    uuid,
    position        integer not null,
    -- A proposed seat (from a signatory) waits for the organisation to name its representative.
    constraint active_member_is_named check (status <> 'ACTIVE' or person is not null)
);
create unique index body_member_one_seat_per_signatory on body_member (body_id, signatory_id) where signatory_id is not null;

create table meeting (
    id                uuid primary key,
    owner_tenant_id   text    not null,
    body_id           uuid    not null references governance_body (id),
    scheduled_on      date    not null,
    place             text    not null check (length(place) between 1 and 300),
    status            text    not null check (status in ('PLANNED', 'CONVENED', 'HELD', 'CANCELLED')),
    convened_on       date,
    late_convocation  boolean,
    held_on           date,
    voting_members    integer,
    present_voting    integer,
    represented       integer,
    quorum_reached    boolean,
    minutes           text,
    minutes_status    text    not null check (minutes_status in ('NONE', 'DRAFT', 'APPROVED')),
    minutes_approved_on date,
    cancel_reason     text,
    version           bigint  not null
);
create index meeting_by_body on meeting (body_id, scheduled_on);
create index meeting_by_tenant_date on meeting (owner_tenant_id, scheduled_on);

create table agenda_item (
    id                    uuid primary key,
    meeting_id            uuid    not null references meeting (id),
    owner_tenant_id       text    not null,
    position              integer not null,
    title                 text    not null check (length(title) between 1 and 300),
    purpose               text    not null check (purpose in ('VALIDATE_CONTRACT', 'VALIDATE_PROGRAMMING',
                              'ADOPT_EVALUATION', 'ADOPT_ANNUAL_REPORT', 'EXAMINE_DIFFICULTY', 'APPROVE_MINUTES', 'OTHER')),
    contract_id           uuid,
    year                  integer,
    minutes_of_meeting_id uuid references meeting (id),
    decision_id           uuid unique,
    outcome               text check (outcome in ('ADOPTED', 'REJECTED', 'PROPOSED')),
    decision_mode         text check (decision_mode in ('VOTE', 'CONSENSUS')),
    votes_for             integer check (votes_for >= 0),
    votes_against         integer check (votes_against >= 0),
    abstentions           integer check (abstentions >= 0),
    decision_text         text,
    decided_on            date,
    constraint decision_complete check ((decision_id is null) = (outcome is null))
);
create index agenda_item_by_meeting on agenda_item (meeting_id, position);

create table attendance (
    id              uuid primary key,
    meeting_id      uuid not null references meeting (id),
    owner_tenant_id text not null,
    member_id       uuid not null references body_member (id),
    status          text not null check (status in ('PRESENT', 'EXCUSED', 'REPRESENTED', 'ABSENT')),
    proxy_holder_id uuid references body_member (id),
    unique (meeting_id, member_id),
    constraint proxy_only_when_represented check ((status = 'REPRESENTED') = (proxy_holder_id is not null))
);

create table follow_up (
    id              uuid primary key,
    owner_tenant_id text    not null,
    body_id         uuid    not null references governance_body (id),
    meeting_id      uuid references meeting (id),
    kind            text    not null check (kind in ('DIFFICULTY', 'ACTION')),
    title           text    not null check (length(title) between 1 and 300),
    owner_name      text    not null check (length(owner_name) between 1 and 200),
    due_on          date,
    status          text    not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    opened_on       date    not null,
    closed_on       date,
    version         bigint  not null
);
create index follow_up_by_tenant_status on follow_up (owner_tenant_id, status, due_on);

do $$
declare t text;
begin
    foreach t in array array['governance_body', 'body_member', 'meeting', 'agenda_item', 'attendance', 'follow_up'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (owner_tenant_id = current_setting(''cls.tenant'', true))'
                       ' with check (owner_tenant_id = current_setting(''cls.tenant'', true))', t || '_tenant', t);
    end loop;
end $$;
