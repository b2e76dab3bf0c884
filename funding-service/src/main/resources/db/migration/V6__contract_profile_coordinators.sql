-- The contract's coordinators (token subjects), from contract-service's profile event: a coordinator reads the
-- financing plan of the contracts they coordinate, and of no other.
alter table contract_profile add column coordinators text[] not null default '{}';
