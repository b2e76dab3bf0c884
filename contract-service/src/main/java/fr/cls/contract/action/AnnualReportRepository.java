package fr.cls.contract.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AnnualReportRepository extends Repository<AnnualReport, UUID> {
    AnnualReport saveAndFlush(AnnualReport report);

    Optional<AnnualReport> findByContractIdAndYear(UUID contractId, int year);

    Optional<AnnualReport> findByContractIdAndYearAndOwnerTenantId(UUID contractId, int year, String tenantId);
}
