package fr.cls.contract.contract.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.cls.contract.contract.ContractDocument;

record DocumentResponse(UUID id, String title, String kind, String reference, LocalDate issuedOn, Instant addedAt) {

    static DocumentResponse of(ContractDocument d) {
        return new DocumentResponse(d.id(), d.title(), d.kind().name(), d.reference(), d.issuedOn(), d.addedAt());
    }
}
