-- The collectivité's coordinator (the subject of their account): acts inside the contracts they coordinate only.
alter table contract add column coordinator text;
create index contract_by_coordinator on contract (tenant_id, coordinator);
