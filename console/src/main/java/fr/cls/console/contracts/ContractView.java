package fr.cls.console.contracts;

import java.time.LocalDate;
import java.util.UUID;

/** What the console reads of the API's contract (unknown properties are ignored). */
public record ContractView(UUID id, String ownerTenantId, String kind, String title, String status,
        LocalDate letterOfIntentReceivedOn, LocalDate agreementGivenOn, String diagnosticMode,
        LocalDate diagnosticDeliveredOn, LocalDate copilValidatedOn, LocalDate evaluationAdoptedOn, String coordinator,
        String territory, Long territoryPopulation, LocalDate startDate, LocalDate endDate, LocalDate endedOn,
        String endReason, int generation, long version) {
}
