-- The COPIL's adoption of a contract's evaluation and of its annual reports, from governance-service's events.
alter table contract add column evaluation_adopted_on date;
alter table annual_report add column adopted_on date;
