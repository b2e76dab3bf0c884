package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The COPIL adopted the contract's annual report (bilan annuel) for {@code year}. contract-service records it;
 * a funder may make it a payment condition.
 */
public record AnnualReportAdoptedV1(UUID contractId, Integer year, UUID bodyId, UUID meetingId, LocalDate decidedOn) {

    public static final String TYPE = "cls.governance.annual-report-adopted.v1";
}
