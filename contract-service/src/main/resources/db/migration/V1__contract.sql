create table contract (
    id                           uuid        primary key,
    tenant_id                    text        not null,
    kind                         text        not null check (kind in ('CLS', 'CLSM', 'PROTOCOLE_ACCORD')),
    title                        text        not null check (length(title) between 1 and 300),
    status                       text        not null,
    letter_of_intent_received_on date        not null,
    created_at                   timestamptz not null,
    version                      bigint      not null
);

create index contract_by_tenant on contract (tenant_id, created_at desc);
