-- PostgreSQL 15 no longer lets every role create tables in the public schema; older servers, or a schema created with
-- the old default, still do. The application role must create nothing (a table it creates it owns, free of any
-- policy). A migration role that does not own the schema only gets a warning here.
revoke create on schema public from public;
