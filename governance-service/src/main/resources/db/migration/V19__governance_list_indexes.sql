-- The filtered lists of bodies and meetings (issue 16): bodies by contract (the coordinator's reach and the contract
-- filter; the unique index starts with the contract but covers only contract bodies of any tenant) and meetings by
-- status and date within the tenant.
create index governance_body_by_tenant_contract on governance_body (owner_tenant_id, contract_id);
create index meeting_by_tenant_status_date on meeting (owner_tenant_id, status, scheduled_on);
