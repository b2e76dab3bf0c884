-- The lists of funding requests and conventions (issue 16): the owner's side of each list and its default order,
-- the funder's side of the conventions list (its side of the requests has funding_request_by_status).
create index funding_request_by_owner on funding_request (owner_tenant_id, submitted_on desc);
create index funding_request_by_funder_submitted on funding_request (tenant_id, submitted_on desc);
create index convention_by_owner on convention (owner_tenant_id, valid_until);
create index convention_by_funder_created on convention (tenant_id, created_at desc);
