package fr.cls.contract.action;

import java.util.UUID;

/** Domain event: a year's annual report was written (first drafted or rewritten). */
record AnnualReportDrafted(UUID contractId, int year) {
}
