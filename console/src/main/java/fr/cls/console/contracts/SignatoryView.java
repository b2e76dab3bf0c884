package fr.cls.console.contracts;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation that signs the contract; {@code signedOn} once it did. */
public record SignatoryView(UUID id, String organisation, String kind, boolean carrier, LocalDate signedOn) {

    public String kindLabel() {
        return Labels.signatoryKind(kind);
    }
}
