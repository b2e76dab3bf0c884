-- The issuer of each coordinator in contract_reference, in the order of coordinators (cls.contract.profile.v1),
-- as the shared contract-references module now keeps them (governance-service V18). funding-service itself reads
-- contract_profile.coordinators and coordinator_issuers (V8); this column keeps the module's schema alike.
alter table contract_reference add column coordinator_issuers text[] not null default '{}';
