-- A scheme becomes a resource of its own: created by its funder (POST /schemes) before any version is published
-- under its code, so that a typo in a code is a 404 rather than a second funding line; closable from a date.
create table scheme (
    tenant_id   text        not null,
    code        text        not null,
    name        text        not null,
    source      text,
    created_at  timestamptz not null,
    created_by  text        not null,
    closed_from date, -- first day the scheme takes no new request (inclusive); null while open
    closed_at   timestamptz,
    closed_by   text,
    version     bigint      not null default 0, -- the ETag: grows with every version published and every closing
    primary key (tenant_id, code),
    check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- Every scheme already published (the seed tenants' and the funders' own): named as its first version.
insert into scheme (tenant_id, code, name, source, created_at, created_by)
select distinct on (tenant_id, scheme_code) tenant_id, scheme_code, name, source, published_at, published_by
from scheme_version
order by tenant_id, scheme_code, version;

alter table scheme_version add constraint scheme_version_of_a_scheme
    foreign key (tenant_id, scheme_code) references scheme (tenant_id, code);

-- Public terms, as the versions: every tenant reads, only the funder writes its own.
alter table scheme enable row level security;
alter table scheme force row level security;
create policy scheme_read on scheme for select using (true);
create policy scheme_insert on scheme for insert
    with check (tenant_id = current_setting('cls.tenant', true));
create policy scheme_update on scheme for update
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
