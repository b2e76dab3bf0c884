-- A contract signed before the platform existed may come without the date of its letter of intent.
alter table contract alter column letter_of_intent_received_on drop not null;
