-- The financing plan reads a contract's conventions and payments; the funder's dashboard its conventions by end date.
-- No new table: the plan is computed from requests, conventions and payments (see docs/security.md for how a
-- co-funding party reads the other funders' rows), and row-level security stays as V3 set it.
create index convention_by_contract on convention (contract_id);
create index payment_by_contract on payment (contract_id);
create index convention_expiring on convention (tenant_id, status, valid_until);
