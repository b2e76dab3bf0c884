-- A person is their issuer and subject: two issuers trusted by one tenant may give the same sub to two people.
-- Rows from before keep a null issuer; they are matched on the subject alone while the tenant trusts one issuer
-- (People in fr.cls.notification.person). Unique keys treat a null issuer as one value (nulls not distinct).
alter table subscription drop constraint subscription_tenant_id_subject_fkey;
alter table subscription drop constraint subscription_pkey;
alter table subscriber drop constraint subscriber_pkey;

alter table subscriber add column issuer text;
alter table subscriber add constraint subscriber_person unique nulls not distinct (tenant_id, issuer, subject);
alter table subscription add column issuer text;
alter table subscription add constraint subscription_choice unique nulls not distinct (tenant_id, issuer, subject, topic, channel);
alter table subscription add constraint subscription_of_the_subscriber
    foreign key (tenant_id, issuer, subject) references subscriber (tenant_id, issuer, subject) on delete cascade;

alter table inbox_item add column recipient_issuer text;
alter table inbox_item drop constraint inbox_item_tenant_id_source_key_recipient_key;
alter table inbox_item add constraint inbox_item_once unique nulls not distinct (tenant_id, source_key, recipient_issuer, recipient);

alter table email_outbox add column recipient_issuer text;
alter table email_outbox drop constraint email_outbox_tenant_id_source_key_recipient_key;
alter table email_outbox add constraint email_outbox_once
    unique nulls not distinct (tenant_id, source_key, recipient_issuer, recipient);

alter table delivery add column recipient_issuer text;
drop index delivery_once;
create unique index delivery_once on delivery (tenant_id, event_id, channel, recipient_issuer, recipient)
    nulls not distinct where recipient is not null;

-- Aligned with coordinators (the issuer of each); null when the producer did not say.
alter table tracked_contract add column coordinator_issuers text;
