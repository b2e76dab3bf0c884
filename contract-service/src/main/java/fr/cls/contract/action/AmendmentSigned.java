package fr.cls.contract.action;

import java.time.LocalDate;
import java.util.UUID;

/** Domain event: an amendment to a contract in force was signed. */
record AmendmentSigned(UUID contractId, UUID amendmentId, int number, LocalDate signedOn) {
}
