package fr.cls.contract.contract;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ContractPartyRepository extends Repository<ContractParty, ContractParty.Key> {

    ContractParty save(ContractParty party);

    boolean existsByContractIdAndTenantId(UUID contractId, String tenantId);

    List<ContractParty> findByContractIdOrderByAddedAt(UUID contractId);
}
