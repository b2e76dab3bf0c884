-- The shared contract-references module now keeps the coordinators of each contract (governance-service needs
-- them); funding-service reads its own contract_profile.coordinators, this column only keeps the schema alike.
alter table contract_reference add column coordinators text[] not null default '{}';
