package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ProgrammingRepository extends Repository<Programming, UUID> {
    Programming saveAndFlush(Programming programming);

    Optional<Programming> findByContractIdAndYear(UUID contractId, int year);

    Optional<Programming> findByContractIdAndYearAndOwnerTenantId(UUID contractId, int year, String ownerTenantId);
}
