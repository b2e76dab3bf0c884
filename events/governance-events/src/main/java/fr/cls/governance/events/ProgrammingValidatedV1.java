package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.UUID;

/** The COPIL validated a contract's annual programming for {@code year}. contract-service marks it VALIDATED. */
public record ProgrammingValidatedV1(UUID contractId, int year, UUID bodyId, UUID meetingId, LocalDate decidedOn) {

    public static final String TYPE = "cls.governance.programming-validated.v1";
}
