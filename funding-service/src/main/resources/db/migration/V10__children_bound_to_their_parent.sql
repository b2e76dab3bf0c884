-- Foreign keys bypass row-level security, and a contract_id with no foreign key at all is whatever the writer says: a
-- tenant could file a request, a convention or an annual report's receipt under another tenant's contract, or hang
-- a payment or an attachment off another funder's convention or request. Here every child names its parent together
-- with the parent's tenants (composite foreign keys), and rows about a contract must find the contract's profile
-- under row-level security, where only its owner and its parties see it.
--
-- contract_profile itself comes from contract-service's events, written under the event's tenant: its policies pin
-- tenant_id (the owner) to the writer, so a tenant only ever describes contracts as their owner. Nothing in this
-- database can tell a genuine contract id from an invented one; a profile invented under a real contract's id makes
-- the real event's upsert fail (parked on the DLT, for an operator to see) rather than hand the contract over.

-- A request: its owner is the profile's owner, and its funder is the owner or one of the parties.
drop policy funding_request_tenant on funding_request;
create policy funding_request_read on funding_request for select
    using (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true));
create policy funding_request_delete on funding_request for delete
    using (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true));
create policy funding_request_insert on funding_request for insert
    with check ((tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true))
        and exists (select 1 from contract_profile p where p.contract_id = funding_request.contract_id
                    and p.tenant_id = funding_request.owner_tenant_id
                    and (funding_request.tenant_id = p.tenant_id or funding_request.tenant_id = any (p.party_tenants))));
create policy funding_request_update on funding_request for update
    using (tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true))
    with check ((tenant_id = current_setting('cls.tenant', true) or owner_tenant_id = current_setting('cls.tenant', true))
        and exists (select 1 from contract_profile p where p.contract_id = funding_request.contract_id
                    and p.tenant_id = funding_request.owner_tenant_id));

-- A convention: the funder's own (insert/update policies of V3), about a contract it takes part in, and when it comes
-- from a request, from that funder's request on that contract.
create policy convention_on_a_contract_taking_part on convention as restrictive for insert
    with check (exists (select 1 from contract_profile p where p.contract_id = convention.contract_id
                        and p.tenant_id = convention.owner_tenant_id));
create policy convention_contract_kept on convention as restrictive for update
    with check (exists (select 1 from contract_profile p where p.contract_id = convention.contract_id
                        and p.tenant_id = convention.owner_tenant_id));
alter table funding_request add constraint funding_request_parties unique (id, tenant_id, owner_tenant_id, contract_id);
alter table convention add constraint convention_of_the_funders_request
    foreign key (request_id, tenant_id, owner_tenant_id, contract_id)
    references funding_request (id, tenant_id, owner_tenant_id, contract_id);

-- Its history and payments: the convention's funder, owner and contract.
alter table convention add constraint convention_parties unique (id, tenant_id, owner_tenant_id, contract_id);
alter table convention add constraint convention_funder_and_owner unique (id, tenant_id, owner_tenant_id);
alter table convention_history add constraint convention_history_of_the_funders_convention
    foreign key (convention_id, tenant_id, owner_tenant_id) references convention (id, tenant_id, owner_tenant_id);
alter table payment add constraint payment_of_the_funders_convention
    foreign key (convention_id, tenant_id, owner_tenant_id, contract_id)
    references convention (id, tenant_id, owner_tenant_id, contract_id);

-- The portal's attachments and change feed: its own tenant's requests.
alter table funding_request add constraint funding_request_id_and_funder unique (id, tenant_id);
alter table dossier_attachment add constraint dossier_attachment_of_the_funders_request
    foreign key (request_id, tenant_id) references funding_request (id, tenant_id);

-- A contract's annual report received or adopted: written by the contract's owner (the events' tenant) only.
create policy annual_report_received_of_own_contract on annual_report_received as restrictive for insert
    with check (exists (select 1 from contract_profile p where p.contract_id = annual_report_received.contract_id
                        and p.tenant_id = current_setting('cls.tenant', true)));
create policy annual_report_adopted_of_own_contract on annual_report_adopted as restrictive for insert
    with check (exists (select 1 from contract_profile p where p.contract_id = annual_report_adopted.contract_id
                        and p.tenant_id = current_setting('cls.tenant', true)));
alter table portal_change add constraint portal_change_of_the_funders_request
    foreign key (request_id, tenant_id) references funding_request (id, tenant_id);
