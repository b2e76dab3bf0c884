package fr.cls.contract.events;

import java.time.LocalDate;
import java.util.UUID;

/** The annual report (bilan annuel) of {@code year} was submitted; funding-service uses it as a payment condition. */
public record AnnualReportSubmittedV1(UUID contractId, int year, LocalDate submittedOn) {

    public static final String TYPE = "cls.contract.annual-report-submitted.v1";
}
