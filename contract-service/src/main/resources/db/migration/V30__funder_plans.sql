-- The plans a funder publishes (e.g. the Département de la Mayenne's « Bien Vieillir en Mayenne »), which action
-- sheets may reference. Public terms: every tenant reads every funder's plans; a funder writes only its own.
create table funder_plan (
    tenant_id    text        not null, -- the funder
    code         text        not null, -- kebab-case, stable
    name         text        not null,
    period_start date        not null,
    period_end   date,                 -- null while open
    published_at timestamptz not null,
    published_by text        not null,
    primary key (tenant_id, code),
    check (period_end is null or period_end >= period_start)
);

alter table funder_plan enable row level security;
alter table funder_plan force row level security;
create policy funder_plan_read on funder_plan for select using (true);
create policy funder_plan_insert on funder_plan for insert
    with check (tenant_id = current_setting('cls.tenant', true));
