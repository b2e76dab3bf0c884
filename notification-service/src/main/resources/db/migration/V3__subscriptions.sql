-- Who may be told (known from their token, or seeded for the demo) and what each wants to be told of.
create table subscriber (
    tenant_id    text        not null,
    subject      text        not null,
    email        text,
    display_name text,
    roles        text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, subject)
);

-- scope: ALL (every contract of the tenant), MINE (contracts listing the subject as coordinator), ONE (contract_id).
create table subscription (
    tenant_id   text not null,
    subject     text not null,
    topic       text not null,
    channel     text not null,
    scope       text not null,
    contract_id uuid,
    primary key (tenant_id, subject, topic, channel),
    foreign key (tenant_id, subject) references subscriber (tenant_id, subject) on delete cascade,
    check (channel in ('EMAIL', 'INBOX')),
    check (scope in ('ALL', 'MINE', 'ONE')),
    check ((scope = 'ONE') = (contract_id is not null))
);

alter table subscriber enable row level security;
alter table subscriber force row level security;
create policy subscriber_tenant on subscriber
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
alter table subscription enable row level security;
alter table subscription force row level security;
create policy subscription_tenant on subscription
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
