package fr.cls.contract.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContractRepository extends Repository<Contract, UUID> {

    Contract save(Contract contract);

    Contract saveAndFlush(Contract contract);

    Optional<Contract> findById(UUID id);

    Optional<Contract> findByIdAndTenantId(UUID id, String tenantId);

    List<Contract> findByIdIn(Collection<UUID> ids);

    /** The contract if the tenant owns it or takes part in it. */
    @Query("select c from Contract c where c.id = :id and (c.tenantId = :tenant"
            + " or exists (select p from ContractParty p where p.contractId = c.id and p.tenantId = :tenant))")
    Optional<Contract> findVisible(UUID id, String tenant);
}
