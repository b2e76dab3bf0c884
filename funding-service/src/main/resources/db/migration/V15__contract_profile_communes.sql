-- The communes each contract's territory covers, from the profile event's `communes` (contract-service resolves
-- them against an edition of the official division): exclusivity and funder-territory rules compare territories on
-- communes, so a CLSM on a commune and a CLS on the EPCI containing it share that commune. Names and départements are
-- kept aligned with the codes, by position, for the explanations. Profiles from before stay empty until their
-- contract's next profile event; rules then fall back on territory_codes and departements.
alter table contract_profile add column territory_edition text;
alter table contract_profile add column territory_communes text[] not null default '{}';
alter table contract_profile add column territory_commune_names text[] not null default '{}';
alter table contract_profile add column territory_commune_departements text[] not null default '{}';
alter table contract_profile add constraint contract_profile_communes_aligned check (
    cardinality(territory_commune_names) = cardinality(territory_communes)
    and cardinality(territory_commune_departements) = cardinality(territory_communes));
create index contract_profile_communes on contract_profile using gin (territory_communes);
