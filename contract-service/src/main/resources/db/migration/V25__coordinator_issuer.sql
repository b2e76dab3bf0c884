-- A person is their issuer and subject together: two issuers a tenant trusts may each have a user with the same
-- subject. Coordinators named before this migration have no issuer: they are recognised only while their tenant
-- trusts a single issuer (no ambiguity); naming them again records it.
alter table contract add column coordinator_issuer text;
drop index contract_by_coordinator;
create index contract_by_coordinator on contract (tenant_id, coordinator, coordinator_issuer);
