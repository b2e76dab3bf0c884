-- The issuer of each coordinator's account, in the order of coordinators (cls.contract.profile.v1): a person is
-- issuer and subject together. Profiles received before this carry none (empty): their coordinators are
-- recognised only while the owner tenant trusts a single issuer.
alter table contract_profile add column coordinator_issuers text[] not null default '{}';
