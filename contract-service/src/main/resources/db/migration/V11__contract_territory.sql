-- The contract's territory as its member codes (JSON: communes and EPCI); the population is kept beside it.
alter table contract add column territory text;
