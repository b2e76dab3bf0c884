package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The COPIL validated the contract for signature (a decision taken with quorum). contract-service needs it
 * before the contract can go to signature.
 */
public record ContractValidatedV1(UUID contractId, UUID bodyId, UUID meetingId, LocalDate decidedOn) {

    public static final String TYPE = "cls.governance.contract-validated.v1";
}
