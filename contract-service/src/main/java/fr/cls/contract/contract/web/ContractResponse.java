package fr.cls.contract.contract.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.cls.contract.contract.Contract;

record ContractResponse(UUID id, String ownerTenantId, String kind, String title, String status,
        LocalDate letterOfIntentReceivedOn, Instant createdAt, long version) {

    static ContractResponse of(Contract contract) {
        return new ContractResponse(contract.id().value(), contract.tenantId(), contract.kind().name(),
                contract.title(), contract.status().name(), contract.letterOfIntentReceivedOn(), contract.createdAt(),
                contract.version());
    }
}
