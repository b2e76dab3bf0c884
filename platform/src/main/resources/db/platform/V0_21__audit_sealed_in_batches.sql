-- The audit chain is linked after the commit, in batches, instead of under a per-tenant lock inside every writing
-- transaction (docs/security.md, "Audit trail cannot be rewritten unnoticed"; docs/benchmarks.md, "Profile of the
-- write path"). A request inserts its entry unsealed: its content and entry_mac (an HMAC of the entry alone, so an
-- entry cannot be forged without the key), no link. One sealer per tenant (an advisory lock) then links committed
-- entries: previous_hash, hash (the chain MAC, as before), chain_position (the order of the chain, given at sealing,
-- so commit order and seq order need not agree) and sealed_at. Entries from before keep their link and no position:
-- their chain order is their seq, and the sealer continues after them.
alter table audit_entry alter column previous_hash drop not null;
alter table audit_entry alter column hash drop not null;
alter table audit_entry add column entry_mac text;
alter table audit_entry add column chain_position bigint;
alter table audit_entry add column sealed_at timestamptz;

-- Either sealed (a link and a MAC) or not (neither, no position); a sealed entry of this scheme has all its seal.
alter table audit_entry add constraint audit_entry_seal_whole check (
    (previous_hash is null and hash is null and chain_position is null and sealed_at is null)
    or (previous_hash is not null and hash is not null
        and (chain_position is null) = (sealed_at is null)
        and (chain_position is null or entry_mac is not null)));

-- Two entries can never take the same place in a tenant's chain.
create unique index audit_entry_chain_position on audit_entry (tenant_id, chain_position) where chain_position is not null;
-- The chain in order (the sealer's head, verify and export), and the sealer's backlog.
create index audit_entry_chain_order on audit_entry (tenant_id, (coalesce(chain_position, seq))) where hash is not null;
create index audit_entry_unsealed on audit_entry (tenant_id, seq) where hash is null;

-- The application role may set the seal columns, and only them (column privileges); the trigger lets it do so once,
-- from unsealed to sealed, with every other column unchanged. Anything else stays refused as in V0_12.
grant update (previous_hash, hash, chain_position, sealed_at) on audit_entry to "${app_user}";

create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
declare
    seal constant text[] := array['previous_hash', 'hash', 'chain_position', 'sealed_at'];
begin
    if current_user = 'cls_audit_maintenance' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'UPDATE' and old.hash is null and old.chain_position is null
            and new.hash is not null and new.chain_position is not null
            and to_jsonb(new) - seal = to_jsonb(old) - seal then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % refused for role %', tg_op, current_user
        using errcode = 'insufficient_privilege',
              hint = 'maintenance (e.g. retention) runs after: set role cls_audit_maintenance';
end
$$;
