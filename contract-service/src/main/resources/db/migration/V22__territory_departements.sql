-- Kept with the territory so the contract's profile event can tell funders where it lies and who carries it.
alter table contract add column territory_departements text;
alter table contract add column territory_beneficiary text;
