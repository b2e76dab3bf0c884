package fr.cls.contract.contract.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.cls.contract.contract.Contract;

record ContractResponse(UUID id, String ownerTenantId, String kind, String title, String status,
        LocalDate letterOfIntentReceivedOn, LocalDate agreementGivenOn, String diagnosticMode,
        LocalDate diagnosticDeliveredOn, LocalDate copilValidatedOn, LocalDate evaluationAdoptedOn, String coordinator, String coordinatorIssuer, String territory, Long territoryPopulation, String territoryEdition, LocalDate startDate,
        LocalDate endDate, LocalDate endedOn, String endReason, int generation, UUID previousContractId,
        UUID nextContractId, Instant createdAt, long version) {

    static ContractResponse of(Contract c) {
        return new ContractResponse(c.id().value(), c.tenantId(), c.kind().name(), c.title(), c.status().name(),
                c.letterOfIntentReceivedOn(), c.agreementGivenOn(),
                c.diagnosticMode() == null ? null : c.diagnosticMode().name(), c.diagnosticDeliveredOn(),
                c.copilValidatedOn(), c.evaluationAdoptedOn(), c.coordinator(), c.coordinatorIssuer(), c.territory(), c.territoryPopulation(), c.territoryEdition(), c.startDate(), c.endDate(), c.endedOn(), c.endReason(),
                c.generation(), c.previousContractId(), c.nextContractId(), c.createdAt(), c.version());
    }
}
