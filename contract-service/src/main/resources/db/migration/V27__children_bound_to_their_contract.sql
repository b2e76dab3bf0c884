-- Foreign keys bypass row-level security: with only contract_id -> contract(id), a tenant could write a party,
-- signatory, axis... row under another tenant's contract (owner_tenant_id set to itself passes the policies) and then
-- read that contract as a "party". Every child row now names its contract together with the contract's owner, so the
-- database itself refuses a child whose owner_tenant_id is not its contract's tenant; the insert and update policies
-- already pin owner_tenant_id to the writing tenant. Hence: a child row is written only by its contract's owner.
alter table contract add constraint contract_id_and_owner unique (id, tenant_id);

do $$
declare t text;
begin
    foreach t in array array['contract_party', 'contract_signatory', 'contract_axis', 'action_sheet', 'annual_programming',
                             'annual_report', 'contract_amendment', 'contract_signed_version', 'contract_document'] loop
        execute format('alter table %I add constraint %I foreign key (contract_id, owner_tenant_id)'
                       ' references contract (id, tenant_id)', t, t || '_of_the_contracts_owner');
    end loop;
end $$;

-- An action sheet's axis is an axis of the same contract.
alter table contract_axis add constraint contract_axis_id_contract_and_owner unique (id, contract_id, owner_tenant_id);
alter table action_sheet add constraint action_sheet_axis_of_the_same_contract
    foreign key (axis_id, contract_id, owner_tenant_id) references contract_axis (id, contract_id, owner_tenant_id);

-- The generations of a contract (renewal, conversion) belong to the same owner.
alter table contract add constraint contract_previous_of_the_same_owner
    foreign key (previous_contract_id, tenant_id) references contract (id, tenant_id);
alter table contract add constraint contract_next_of_the_same_owner
    foreign key (next_contract_id, tenant_id) references contract (id, tenant_id) deferrable initially deferred;
