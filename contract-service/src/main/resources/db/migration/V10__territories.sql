-- Reference data: the official administrative division (INSEE codes and municipal populations). Public data,
-- the same for every tenant: no tenant column, no row-level security. Loaded once per dataset version.
create table territory_dataset (
    version   text primary key,
    loaded_at timestamptz not null,
    communes  integer not null,
    epci      integer not null
);

create table region (
    code text primary key,
    name text not null
);

create table departement (
    code   text primary key,
    name   text not null,
    region text not null references region (code)
);

create table commune (
    code        text primary key,
    name        text not null,
    search_name text not null,
    departement text not null references departement (code),
    region      text not null references region (code),
    population  integer not null
);
create index commune_by_departement on commune (departement);
create index commune_by_search_name on commune (search_name text_pattern_ops);

create table epci (
    code        text primary key,
    name        text not null,
    search_name text not null,
    kind        text not null,
    population  integer not null
);

create table epci_member (
    epci_code    text not null references epci (code),
    commune_code text not null references commune (code),
    primary key (epci_code, commune_code)
);
create index epci_member_by_commune on epci_member (commune_code);
