package fr.cls.contract.contract;

import java.time.LocalDate;

/** Domain event: a contract project started with the collectivité's letter of intent. */
public record ContractInitiated(ContractId contractId, String tenantId, ContractKind kind, String title,
        ContractStatus status, LocalDate letterOfIntentReceivedOn) {
}
