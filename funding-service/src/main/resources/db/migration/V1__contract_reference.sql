-- This service's own copy of what it needs to know about contracts, fed by contract-service's events
-- (services never read each other's tables).
create table contract_reference (
    contract_id uuid        primary key,
    tenant_id   text        not null,
    kind        text        not null,
    title       text        not null,
    status      text        not null,
    updated_at  timestamptz not null
);

create index contract_reference_by_tenant on contract_reference (tenant_id);
