-- See V2: the same fail-closed policy on the tenant's own rows (the secrets included).
alter table webhook_endpoint enable row level security;
alter table webhook_endpoint force row level security;
create policy webhook_endpoint_tenant on webhook_endpoint
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy webhook_delivery_tenant on webhook_delivery
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));

alter table webhook_attempt enable row level security;
alter table webhook_attempt force row level security;
create policy webhook_attempt_tenant on webhook_attempt
    using (tenant_id = current_setting('cls.tenant', true))
    with check (tenant_id = current_setting('cls.tenant', true));
