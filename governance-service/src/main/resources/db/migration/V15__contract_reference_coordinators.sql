-- The coordinators' token subjects, from cls.contract.profile.v1: a coordinator reads only the bodies, meetings
-- and follow-ups of the contracts naming them (fr.cls.platform.security.CoordinatedContracts). Contracts known
-- before this column get theirs with their next profile event; until then their coordinator sees none of them
-- (fail closed).
alter table contract_reference add column coordinators text[] not null default '{}';
