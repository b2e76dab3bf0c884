-- A contract's territory as the set of communes it covers, resolved against one edition of the official division:
-- every territorial comparison (overlap of contracts, coverage, funders' exclusivity rules) is made on communes, so a
-- commune and the EPCI containing it, or a group of EPCI and one of its members, are seen to overlap.
alter table contract add column territory_edition text references territory_dataset (version);
alter table contract add column territory_communes text[];
create index contract_territory_communes on contract using gin (territory_communes);

-- Territories defined before: resolved against the only edition there was.
update contract c set territory_edition = d.version,
    territory_communes = array(
        select code from (
            select jsonb_array_elements_text(nullif(c.territory, '')::jsonb -> 'communes') as code
            union
            select m.commune_code from jsonb_array_elements_text(nullif(c.territory, '')::jsonb -> 'epci') as e(code)
            join epci_member m on m.epci_code = e.code and m.dataset = d.version) as resolved
        order by code)
from (select min(version) as version from territory_dataset) d
where d.version is not null and nullif(c.territory, '') is not null;

-- ARS Occitanie (référentiel 2018): the territory of a CLS is infra-departmental, communes and EPCI of one
-- département. As data, per owner tenant, like the other contract rules.
alter table tenant_contract_rule add column territory_within_one_departement boolean not null default false;
insert into tenant_contract_rule (tenant_id, territory_within_one_departement, source) values
    ('ars-occitanie', true, 'ARS Occitanie: territoire infra départemental, communes et EPCI d''un département (ars-occitanie-referentiel-2018)')
on conflict (tenant_id) do update set territory_within_one_departement = true,
    source = tenant_contract_rule.source || '; ' || excluded.source;
