-- The test application's one tenant table, under the same fail-closed policy as the services' tables.
create table note (
    id        uuid primary key,
    tenant_id text not null,
    text      text not null
);

alter table note enable row level security;
alter table note force row level security;
create policy note_tenant on note
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
