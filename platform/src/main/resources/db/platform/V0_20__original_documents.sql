-- Signed originals (a signed contract, an amendment, a convention, a délibération): the PDF itself, stored in the
-- service's database next to its metadata, so that an upload and its audit entry commit or roll back together and a
-- refused upload leaves nothing behind (docs/architecture.md, "Signed originals"). One table in every service
-- database; a service stores only the originals of its own subjects (contract-service: contracts,
-- funding-service: funding requests).
-- tenant_id is the tenant owning the subject (the contract's ARS, the request's funder), whoever uploaded it: the
-- service checks the caller sees the subject, then reads the owner's originals (TenantSwitch).
create table original_document (
    id                 uuid        primary key,
    tenant_id          text        not null,
    subject_type       text        not null,
    subject_id         uuid        not null,
    kind               text        not null check (kind in ('SIGNED_CONTRACT', 'SIGNED_AMENDMENT', 'SIGNED_CONVENTION',
                                                            'DELIBERATION', 'MINUTES', 'OTHER')),
    title              text        not null,
    attached_to        text,
    file_name          text        not null,
    media_type         text        not null check (media_type = 'application/pdf'),
    size_bytes         bigint      not null check (size_bytes > 0),
    sha256             text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content            bytea       not null,
    supersedes         uuid,
    uploaded_by        text        not null,
    uploaded_by_issuer text,
    uploaded_by_tenant text        not null,
    uploaded_at        timestamptz not null,
    constraint original_document_size_is_content check (octet_length(content) = size_bytes),
    -- a tenant's original supersedes one of its own only (bound with the tenant, like every child row)
    constraint original_document_tenant_id unique (tenant_id, id),
    constraint original_document_supersedes foreign key (tenant_id, supersedes) references original_document (tenant_id, id)
);
-- PDFs are compressed already: stored out of line without another compression attempt.
alter table original_document alter column content set storage external;
create index original_document_by_subject on original_document (tenant_id, subject_type, subject_id, uploaded_at);

alter table original_document enable row level security;
alter table original_document force row level security;
create policy original_document_read on original_document for select
    using (tenant_id = current_setting('cls.tenant', true));
create policy original_document_insert on original_document for insert
    with check (tenant_id = current_setting('cls.tenant', true));

-- Immutable: the application role may only insert and read (no update or delete policy either), and a trigger refuses
-- any update, the owner's and superusers' included. A new version of a document is a new upload (supersedes).
revoke update, delete, truncate on original_document from "${app_user}";

create function original_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'original_document is immutable: upload a new document instead (supersedes)'
        using errcode = 'insufficient_privilege';
end
$$;

create trigger original_document_no_update before update on original_document
    for each row execute function original_document_immutable();
