package fr.cls.contract.contract;

import java.time.LocalDate;

/** Domain event: the contract moved from one status to another by the named transition (kebab-case). */
public record ContractTransitioned(ContractId contractId, String tenantId, ContractKind kind, String title,
        ContractStatus from, ContractStatus to, String transition, LocalDate on, LocalDate startDate, LocalDate endDate,
        String reason, ContractId nextContractId) {
}
