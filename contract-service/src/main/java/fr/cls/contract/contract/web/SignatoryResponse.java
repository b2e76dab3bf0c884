package fr.cls.contract.contract.web;

import java.time.LocalDate;
import java.util.UUID;

import fr.cls.contract.contract.Signatory;

record SignatoryResponse(UUID id, String organisation, String kind, boolean carrier, LocalDate signedOn) {

    static SignatoryResponse of(Signatory s) {
        return new SignatoryResponse(s.id(), s.organisation(), s.kind().name(), s.carrier(), s.signedOn());
    }
}
