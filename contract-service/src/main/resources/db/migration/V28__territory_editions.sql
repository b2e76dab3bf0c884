-- The official division changes from one edition to the next (communes merge, a commune moves to another EPCI):
-- EPCI membership is kept per edition of the dataset, so that a territory resolves against one named edition and
-- a newer edition never rewrites the communes of a territory resolved before. Communes and EPCI themselves stay one
-- row per code (names, départements and populations of the first edition loaded that knew them).
alter table epci_member add column dataset text;
update epci_member set dataset = (select min(version) from territory_dataset);
alter table epci_member alter column dataset set not null;
-- Deferred: the loader writes the members before the edition's row, which carries their counts.
alter table epci_member add constraint epci_member_of_a_dataset foreign key (dataset) references territory_dataset (version)
    deferrable initially deferred;
alter table epci_member drop constraint epci_member_pkey;
alter table epci_member add primary key (dataset, epci_code, commune_code);
drop index epci_member_by_commune;
create index epci_member_by_commune on epci_member (dataset, commune_code);
