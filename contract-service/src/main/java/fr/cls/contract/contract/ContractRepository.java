package fr.cls.contract.contract;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContractRepository extends Repository<Contract, UUID> {

    Contract save(Contract contract);

    Contract saveAndFlush(Contract contract);

    Optional<Contract> findByIdAndTenantId(UUID id, String tenantId);

    /** The contract if the tenant owns it or takes part in it. */
    @Query("select c from Contract c where c.id = :id and (c.tenantId = :tenant"
            + " or exists (select p from ContractParty p where p.contractId = c.id and p.tenantId = :tenant))")
    Optional<Contract> findVisible(UUID id, String tenant);

    @Query("select c from Contract c where c.tenantId = :tenant"
            + " or exists (select p from ContractParty p where p.contractId = c.id and p.tenantId = :tenant)")
    Page<Contract> findAllVisible(String tenant, Pageable pageable);

    /** @param legacy whether coordinators named without an issuer (before V25) are this person too */
    @Query("select c from Contract c where c.tenantId = :tenant and c.coordinator = :subject"
            + " and (c.coordinatorIssuer = :issuer or (c.coordinatorIssuer is null and :legacy = true))")
    Page<Contract> findCoordinatedBy(String tenant, String issuer, String subject, boolean legacy, Pageable pageable);
}
