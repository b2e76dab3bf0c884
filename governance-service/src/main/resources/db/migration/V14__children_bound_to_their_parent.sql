-- Foreign keys bypass row-level security: with only body_id -> governance_body(id), a tenant could hang its own
-- members, meetings, attendance or follow-ups off another tenant's body (its own owner_tenant_id passes the policy),
-- take a seat unique per body or learn which ids exist. Every child now names its parent together with the parent's
-- owner (composite foreign keys); the policies pin owner_tenant_id to the writing tenant, so a child row is written
-- only under the writer's own body, meeting or member.
alter table governance_body add constraint governance_body_id_and_owner unique (id, owner_tenant_id);
alter table meeting add constraint meeting_id_and_owner unique (id, owner_tenant_id);
alter table body_member add constraint body_member_id_and_owner unique (id, owner_tenant_id);

alter table body_member add constraint body_member_of_the_owners_body
    foreign key (body_id, owner_tenant_id) references governance_body (id, owner_tenant_id);
alter table meeting add constraint meeting_of_the_owners_body
    foreign key (body_id, owner_tenant_id) references governance_body (id, owner_tenant_id);
alter table agenda_item add constraint agenda_item_of_the_owners_meeting
    foreign key (meeting_id, owner_tenant_id) references meeting (id, owner_tenant_id);
alter table agenda_item add constraint agenda_item_minutes_of_the_owners_meeting
    foreign key (minutes_of_meeting_id, owner_tenant_id) references meeting (id, owner_tenant_id);
alter table attendance add constraint attendance_of_the_owners_meeting
    foreign key (meeting_id, owner_tenant_id) references meeting (id, owner_tenant_id);
alter table attendance add constraint attendance_of_the_owners_member
    foreign key (member_id, owner_tenant_id) references body_member (id, owner_tenant_id);
alter table attendance add constraint attendance_proxy_of_the_owners_member
    foreign key (proxy_holder_id, owner_tenant_id) references body_member (id, owner_tenant_id);
alter table follow_up add constraint follow_up_of_the_owners_body
    foreign key (body_id, owner_tenant_id) references governance_body (id, owner_tenant_id);
alter table follow_up add constraint follow_up_of_the_owners_meeting
    foreign key (meeting_id, owner_tenant_id) references meeting (id, owner_tenant_id);

-- A body's contract_id is a label among the owner's own rows (bodies are opened from contract events, which may come
-- before this service's contract_reference row, and no other tenant reads them). One body of a kind per contract
-- and owner: another tenant can no longer take a contract's COPIL slot before its owner.
drop index governance_body_one_per_kind;
create unique index governance_body_one_per_kind on governance_body (owner_tenant_id, contract_id, kind)
    where contract_id is not null;
