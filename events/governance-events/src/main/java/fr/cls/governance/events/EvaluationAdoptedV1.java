package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.UUID;

/** The COPIL adopted the contract's evaluation. contract-service records it; a renewal builds on it. */
public record EvaluationAdoptedV1(UUID contractId, UUID bodyId, UUID meetingId, LocalDate decidedOn) {

    public static final String TYPE = "cls.governance.evaluation-adopted.v1";
}
