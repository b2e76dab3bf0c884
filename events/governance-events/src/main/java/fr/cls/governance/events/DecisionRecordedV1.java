package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A body decided on an agenda item (every decision, whatever its purpose: for notifications and follow-up).
 * The decisions that unlock something elsewhere also have their own event (e.g. {@link ContractValidatedV1}).
 *
 * @param contractId null for a cross-contract body
 * @param bodyKind COPIL, COTECH, PROJECT_GROUP or CROSS_CONTRACT
 * @param purpose what the item decides, e.g. VALIDATE_CONTRACT, VALIDATE_PROGRAMMING, EXAMINE_DIFFICULTY
 * @param outcome ADOPTED, REJECTED or PROPOSED (a COTECH only proposes)
 * @param year for a programming or an annual report
 */
public record DecisionRecordedV1(UUID decisionId, UUID contractId, UUID bodyId, String bodyKind, UUID meetingId,
        UUID agendaItemId, String purpose, String outcome, Integer year, LocalDate decidedOn) {

    public static final String TYPE = "cls.governance.decision-recorded.v1";
}
