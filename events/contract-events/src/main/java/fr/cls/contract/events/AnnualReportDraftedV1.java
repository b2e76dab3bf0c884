package fr.cls.contract.events;

import java.util.UUID;

/** An annual report (bilan annuel) was drafted or its draft edited. */
public record AnnualReportDraftedV1(UUID contractId, int year) {

    public static final String TYPE = "cls.contract.annual-report-drafted.v1";
}
