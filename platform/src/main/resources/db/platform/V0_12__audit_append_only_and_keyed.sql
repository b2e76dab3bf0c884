-- The audit trail is append-only and keyed (docs/security.md, "Audit trail cannot be rewritten unnoticed").
-- 1. key_id: which per-deployment HMAC key made the entry's MAC (hash column); null for the SHA-256 entries
--    written before this migration. previous_hash and hash now hold the previous entry's MAC and this one's.
-- 2. The application role may only insert and read. A trigger refuses UPDATE, DELETE and TRUNCATE to everyone,
--    owner and superusers included, unless the session has switched to cls_audit_maintenance
--    (set role cls_audit_maintenance): a documented, deliberate act, never the services'.
alter table audit_entry add column key_id text;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'cls_audit_maintenance') then
        create role cls_audit_maintenance nologin nosuperuser nobypassrls;
    end if;
end
$$;

revoke update, delete, truncate on audit_entry from "${app_user}";
grant select, update, delete, truncate on audit_entry to cls_audit_maintenance;
-- Row-level security would otherwise hide every row from the maintenance role (it sets no tenant).
create policy audit_entry_maintenance on audit_entry to cls_audit_maintenance using (true) with check (true);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if current_user = 'cls_audit_maintenance' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'audit_entry is append-only: % refused for role %', tg_op, current_user
        using errcode = 'insufficient_privilege',
              hint = 'maintenance (e.g. retention) runs after: set role cls_audit_maintenance';
end
$$;

create trigger audit_entry_no_update_delete before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
