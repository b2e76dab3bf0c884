-- The per-tenant governance rules are read by everyone (like a funder's published scheme: a party sees the owner's
-- convocation delay), and written by no application session: only a migration, as the schema owner, changes them.
alter table tenant_governance_rule enable row level security;
alter table tenant_governance_rule force row level security;
create policy tenant_governance_rule_read on tenant_governance_rule for select using (true);
