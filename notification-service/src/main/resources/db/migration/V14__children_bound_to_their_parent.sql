-- Foreign keys bypass row-level security: with only endpoint_id -> webhook_endpoint(id), a tenant could queue
-- deliveries (and attempts) under another tenant's endpoint. Children now name their parent with its tenant.
alter table webhook_endpoint add constraint webhook_endpoint_id_and_tenant unique (id, tenant_id);
alter table webhook_delivery add constraint webhook_delivery_id_and_tenant unique (id, tenant_id);
alter table webhook_delivery add constraint webhook_delivery_to_the_tenants_endpoint
    foreign key (endpoint_id, tenant_id) references webhook_endpoint (id, tenant_id);
alter table webhook_attempt add constraint webhook_attempt_of_the_tenants_delivery
    foreign key (delivery_id, tenant_id) references webhook_delivery (id, tenant_id);
-- An email goes out for one of the tenant's own deliveries (the delivery row is written first, in the same transaction).
alter table delivery add constraint delivery_id_and_tenant unique (id, tenant_id);
alter table email_outbox add constraint email_outbox_of_the_tenants_delivery
    foreign key (delivery_id, tenant_id) references delivery (id, tenant_id);
