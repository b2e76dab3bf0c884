-- The list of contracts filters on status, end date and territory members (issue 16).
create index contract_by_tenant_status on contract (tenant_id, status);
create index contract_by_tenant_end_date on contract (tenant_id, end_date);
-- The territory is JSON of member codes; containment (@>) finds the contracts naming a commune or an EPCI.
create index contract_by_territory_member on contract using gin ((territory::jsonb) jsonb_path_ops);
