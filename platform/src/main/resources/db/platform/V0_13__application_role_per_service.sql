-- One login role per service (${app_user}: cls_contract_app, cls_funding_app...) instead of cls_app for all four
-- databases: a leaked password opens one database, not four. A database migrated before (V0_9 made cls_app its
-- application role) gets the new role here, and cls_app loses its rights on this database.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = '${app_user}') then
        execute format('create role %I login password %L nosuperuser nobypassrls', '${app_user}', '${app_password}');
    end if;
end
$$;

grant usage on schema public to "${app_user}";
grant select, insert, update, delete on all tables in schema public to "${app_user}";
grant usage, select on all sequences in schema public to "${app_user}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${app_user}";
alter default privileges in schema public grant usage, select on sequences to "${app_user}";
-- The grants above cover every table: the audit trail stays append-only for the application role (V0_12).
revoke update, delete, truncate on audit_entry from "${app_user}";

do $$
begin
    if '${app_user}' <> 'cls_app' and exists (select 1 from pg_roles where rolname = 'cls_app') then
        revoke all on all tables in schema public from cls_app;
        revoke all on all sequences in schema public from cls_app;
        alter default privileges in schema public revoke all on tables from cls_app;
        alter default privileges in schema public revoke all on sequences from cls_app;
        revoke all on schema public from cls_app;
    end if;
end
$$;

-- PostgreSQL 15 no longer lets every role create tables in the public schema; older servers, or a schema created with
-- the old default, still do. The application role must create nothing (a table it creates it owns, free of any
-- policy). A migration role that does not own the schema only gets a warning here.
revoke create on schema public from public;
