-- The issuer of each coordinator, in the order of coordinators (cls.contract.profile.v1): a coordinator is issuer
-- and subject together (fr.cls.platform.security.CoordinatedContracts). Rows from before this column carry none
-- (empty): their coordinators are recognised on the subject only while the owner tenant trusts a single issuer,
-- until the contract's next profile event brings the issuers.
alter table contract_reference add column coordinator_issuers text[] not null default '{}';
