-- The funder plans an action sheet is aligned with, as a JSON array of "funder/code" (e.g.
-- ["cd-53/bien-vieillir-en-mayenne"]); each one names a row of funder_plan when written.
alter table action_sheet add column funder_plans text not null default '[]';
