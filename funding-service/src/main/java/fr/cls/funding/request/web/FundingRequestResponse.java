package fr.cls.funding.request.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;

import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.YearAmounts;

record FundingRequestResponse(UUID id, UUID contractId, String funder, String ownerTenant, String schemeCode,
        int schemeVersion, String purpose, SortedMap<Integer, BigDecimal> requested, BigDecimal requestedTotal,
        SortedMap<Integer, BigDecimal> ownShare, SortedMap<Integer, BigDecimal> granted, BigDecimal grantedTotal,
        String status, LocalDate submittedOn, String submittedBy, String instructedBy, LocalDate instructionStartedOn,
        LocalDate decidedOn, String decidedBy, String reasons, String portalReference, long sequence, long version) {

    static FundingRequestResponse of(FundingRequest r) {
        return new FundingRequestResponse(r.id().value(), r.contractId(), r.funderTenantId(), r.ownerTenantId(),
                r.schemeCode(), r.schemeVersion(), r.purpose().name(), r.requested(), YearAmounts.total(r.requested()),
                r.ownShare(), r.granted(), YearAmounts.total(r.granted()), r.status().name(), r.submittedOn(),
                r.submittedBy(), r.instructedBy(), r.instructionStartedOn(), r.decidedOn(), r.decidedBy(), r.reasons(),
                r.portalReference(), r.sequence(), r.version());
    }
}
