package fr.cls.contract.events;

import java.util.List;
import java.util.UUID;

/**
 * A contract's annual programming was drafted, submitted to the COPIL or validated by it; the type says which.
 *
 * @param status DRAFT, SUBMITTED or VALIDATED
 */
public record ProgrammingChangedV1(UUID contractId, int year, String status, List<UUID> actionSheetIds) {

    public static final String TYPE_DRAFTED = "cls.contract.programming-drafted.v1";
    public static final String TYPE_SUBMITTED = "cls.contract.programming-submitted.v1";
    public static final String TYPE_VALIDATED = "cls.contract.programming-validated.v1";
}
