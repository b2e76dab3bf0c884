-- The submission portal's side: what it attached to its dossiers, the feed of changes it can poll, and the
-- reconciliation reports. All the portal's tenant's rows (the funder whose portal it is).

create table dossier_attachment (
    id          bigserial primary key,
    tenant_id   text      not null,
    request_id  uuid      not null references funding_request (id),
    name        text      not null,
    media_type  text,
    size_bytes  bigint,
    reference   text      not null -- where the portal keeps the file; the platform stores metadata only
);
create index dossier_attachment_by_request on dossier_attachment (request_id);

-- One row per event of a portal-originated request, in the order they were consumed: the cursor is the id.
create table portal_change (
    id               bigserial   primary key,
    tenant_id        text        not null,
    event_id         uuid        not null unique,
    request_id       uuid        not null,
    portal_reference text        not null,
    event_type       text        not null,
    status           text        not null,
    sequence         bigint      not null,
    data             text        not null,
    occurred_at      timestamptz not null
);
create index portal_change_feed on portal_change (tenant_id, id);

create table reconciliation_report (
    id          uuid        primary key,
    tenant_id   text        not null,
    ran_at      timestamptz not null,
    outcome     text        not null, -- IN_SYNC, DIFFERENCES, PORTAL_UNAVAILABLE
    compared    int         not null,
    differences text        not null, -- JSON list
    detail      text
);
create index reconciliation_report_latest on reconciliation_report (tenant_id, ran_at desc);

do $$
declare t text;
begin
    foreach t in array array['dossier_attachment', 'portal_change', 'reconciliation_report'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = current_setting(''cls.tenant'', true))'
            || ' with check (tenant_id = current_setting(''cls.tenant'', true))', t || '_tenant', t);
    end loop;
end $$;
