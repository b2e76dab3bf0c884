package fr.cls.contract.contract;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface ContractRepository extends Repository<Contract, UUID> {

    Contract save(Contract contract);

    Optional<Contract> findByIdAndTenantId(UUID id, String tenantId);

    Page<Contract> findByTenantId(String tenantId, Pageable pageable);
}
