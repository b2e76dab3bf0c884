-- The services connect as ${app_user}, which owns nothing and cannot bypass row-level security; migrations run
-- as the owner. The role is cluster-wide, so it may exist already (another service's database).
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
