-- A tenant's own wording of an email template, per language: the platform's template (in the code) otherwise.
create table email_template (
    tenant_id  text        not null,
    template   text        not null,
    language   text        not null,
    subject    text        not null,
    body_text  text        not null,
    body_html  text        not null,
    version    bigint      not null,
    updated_by text,
    updated_at timestamptz not null,
    primary key (tenant_id, template, language),
    check (language in ('fr', 'en')),
    check (length(subject) <= 500 and length(body_text) <= 20000 and length(body_html) <= 50000)
);

-- See V2: the same fail-closed policy on the tenant's own rows.
alter table email_template enable row level security;
alter table email_template force row level security;
create policy email_template_tenant on email_template
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
