package fr.cls.contract.action;

import java.time.LocalDate;
import java.util.UUID;

/** Domain event: a year's annual report went to the COPIL. */
record AnnualReportSubmitted(UUID contractId, int year, LocalDate submittedOn) {
}
