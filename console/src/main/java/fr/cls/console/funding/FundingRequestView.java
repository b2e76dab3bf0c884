package fr.cls.console.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;

/** A funding request as the API answers it (the fields the pages show). */
public record FundingRequestView(UUID id, UUID contractId, String funder, String ownerTenant, String schemeCode,
        int schemeVersion, String purpose, SortedMap<Integer, BigDecimal> requested, BigDecimal requestedTotal,
        SortedMap<Integer, BigDecimal> ownShare, SortedMap<Integer, BigDecimal> granted, BigDecimal grantedTotal,
        String status, LocalDate submittedOn, String submittedBy, String instructedBy, LocalDate instructionStartedOn,
        LocalDate decidedOn, String decidedBy, String reasons, long version) {

    public String statusLabel() {
        return FundingLabels.status(status);
    }

    public String purposeLabel() {
        return FundingLabels.purpose(purpose);
    }

    /** The console's guide only: the API decides with its rules and roles. */
    public boolean instructable() {
        return "SUBMITTED".equals(status);
    }

    public boolean decidable() {
        return "UNDER_INSTRUCTION".equals(status);
    }

    public boolean wasGranted() {
        return "GRANTED".equals(status);
    }
}
