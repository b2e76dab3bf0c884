package fr.cls.contract.action;

import java.util.List;
import java.util.UUID;

/** Domain event: a year's programming was planned, submitted or validated, as its status says. */
record ProgrammingChanged(UUID contractId, int year, ProgrammingStatus status, List<UUID> actionSheetIds) {
}
