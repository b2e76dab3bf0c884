-- Four eyes on funding decisions (docs/security.md). A person is a token's issuer and subject together: two
-- issuers may give the same subject to two people. Rows from before this migration have no issuer (unknown: the
-- rule then compares subjects only).
alter table funding_request
    add column submitted_by_issuer  text,
    add column instructed_by_issuer text,
    add column decided_by_issuer    text;

alter table convention
    add column signed_by        text,
    add column signed_by_issuer text;

-- Rules a funder sets for itself, beside its schemes' rules. No row: the strict defaults (four eyes on).
create table funder_rules (
    tenant_id         text        primary key,
    four_eyes         boolean     not null default true,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    updated_by_issuer text,
    version           bigint      not null
);

alter table funder_rules enable row level security;
alter table funder_rules force row level security;
create policy funder_rules_tenant on funder_rules
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
