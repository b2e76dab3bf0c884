-- The funder plans each action sheet (fiche action) of a contract is aligned with, from contract-service's
-- action-sheet events (the last one wins): a scheme version may look for actions aligned with the funder's plans
-- (rule plan-alignment). Plans are named "funder/code", e.g. cd-53/bien-vieillir-en-mayenne.
create table action_sheet_alignment (
    action_sheet_id uuid        primary key,
    contract_id     uuid        not null,
    tenant_id       text        not null, -- the tenant the event came from (the contract's owner)
    title           text        not null,
    status          text        not null,
    funder_plans    text[]      not null,
    updated_at      timestamptz not null
);
create index action_sheet_alignment_by_contract on action_sheet_alignment (contract_id);

-- As annual_report_received: the owner writes; readable by whoever may read the contract's profile.
alter table action_sheet_alignment enable row level security;
alter table action_sheet_alignment force row level security;
create policy action_sheet_alignment_read on action_sheet_alignment for select
    using (tenant_id = current_setting('cls.tenant', true)
        or exists (select 1 from contract_profile p where p.contract_id = action_sheet_alignment.contract_id));
create policy action_sheet_alignment_insert on action_sheet_alignment for insert
    with check (tenant_id = current_setting('cls.tenant', true));
create policy action_sheet_alignment_update on action_sheet_alignment for update
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
-- Written by the contract's owner (the events' tenant) only, about a contract whose profile it owns (see V10).
create policy action_sheet_alignment_of_own_contract on action_sheet_alignment as restrictive for insert
    with check (exists (select 1 from contract_profile p where p.contract_id = action_sheet_alignment.contract_id
                        and p.tenant_id = current_setting('cls.tenant', true)));
create policy action_sheet_alignment_contract_kept on action_sheet_alignment as restrictive for update
    with check (exists (select 1 from contract_profile p where p.contract_id = action_sheet_alignment.contract_id
                        and p.tenant_id = current_setting('cls.tenant', true)));
