-- An Idempotency-Key belongs to one caller (tenant, issuer, subject and roles) and one route (method, path):
-- another person, or the same person with other roles, sending the same key makes a different request, which
-- runs and is authorized afresh. Keys live 24 h: the rows of the old scope are dropped rather than guessed.
delete from idempotent_request;

alter table idempotent_request
    add column issuer  text not null,
    add column subject text not null,
    add column roles   text not null,
    add column method  text not null,
    add column path    text not null,
    drop constraint idempotent_request_pkey,
    add primary key (tenant_id, issuer, subject, roles, method, path, idempotency_key);

-- Stored answers are tenant data (V0_10 left this table out): the same fail-closed policy as audit_entry. The
-- filter reads and writes it in short transactions that set cls.tenant.
alter table idempotent_request enable row level security;
alter table idempotent_request force row level security;
create policy idempotent_request_tenant on idempotent_request
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
