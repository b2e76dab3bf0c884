-- When the annual report of a year is due, per owner tenant: a month and day of the following year. No row, or no
-- date in it: 31 March (the platform's default, not from the seeds).
alter table tenant_contract_rule add column annual_report_due_month integer;
alter table tenant_contract_rule add column annual_report_due_day integer;
alter table tenant_contract_rule add constraint annual_report_due_is_a_date check (
    (annual_report_due_month is null) = (annual_report_due_day is null)
    and (annual_report_due_month is null or make_date(2000, annual_report_due_month, annual_report_due_day) is not null));
