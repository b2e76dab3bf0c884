package fr.cls.contract.events;

import java.time.LocalDate;
import java.util.UUID;

/** An amendment (avenant) to a contract in force was signed; the contract as it stood is kept as a snapshot. */
public record AmendmentSignedV1(UUID contractId, UUID amendmentId, int number, LocalDate signedOn) {

    public static final String TYPE = "cls.contract.amendment-signed.v1";
}
