-- The COPIL's adoptions of contracts' annual reports, from governance-service's annual-report-adopted events: a
-- scheme version may make the previous year's adoption a payment condition (yearly-instalments,
-- previousAnnualReportAdoptionRequired). One row per contract and year; the first adoption recorded is kept.
create table annual_report_adopted (
    contract_id uuid not null,
    year        int  not null,
    tenant_id   text not null, -- the tenant the event came from (the contract's owner)
    adopted_on  date not null,
    body_id     uuid,
    meeting_id  uuid,
    primary key (contract_id, year)
);

-- As annual_report_received: the owner writes; readable by whoever may read the contract's profile (its owner and
-- the funders taking part), the sub-query being itself under row-level security.
alter table annual_report_adopted enable row level security;
alter table annual_report_adopted force row level security;
create policy annual_report_adopted_read on annual_report_adopted for select
    using (tenant_id = current_setting('cls.tenant', true)
        or exists (select 1 from contract_profile p where p.contract_id = annual_report_adopted.contract_id));
create policy annual_report_adopted_insert on annual_report_adopted for insert
    with check (tenant_id = current_setting('cls.tenant', true));
