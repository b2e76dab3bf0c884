-- The language a person reads (from their token's locale claim), null when unknown: then the tenant's language.
alter table subscriber add column language text check (language in ('fr', 'en'));
-- The tenant's language for its emails when the recipient's is unknown.
alter table notification_setting add column language text not null default 'fr' check (language in ('fr', 'en'));
