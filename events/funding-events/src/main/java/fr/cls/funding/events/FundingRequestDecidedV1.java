package fr.cls.funding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An approver decided a request.
 *
 * @param outcome GRANTED or REFUSED
 * @param grantedByYear euros granted per year (empty when refused)
 * @param reasons why it was refused or granted below the request
 * @param convention what the convention de financement of a grant says (null when refused, and in older events)
 */
public record FundingRequestDecidedV1(UUID requestId, UUID contractId, String contractTitle, String outcome,
        Map<Integer, BigDecimal> grantedByYear, BigDecimal grantedTotal, List<String> reasons, LocalDate decidedOn,
        String portalReference, Long sequence, ConventionPaper convention) {

    public static final String TYPE = "cls.funding.request-decided.v1";

    /** Without the convention's paper: a refusal, or an event published before the paper was carried. */
    public FundingRequestDecidedV1(UUID requestId, UUID contractId, String contractTitle, String outcome,
            Map<Integer, BigDecimal> grantedByYear, BigDecimal grantedTotal, List<String> reasons, LocalDate decidedOn,
            String portalReference, Long sequence) {
        this(requestId, contractId, contractTitle, outcome, grantedByYear, grantedTotal, reasons, decidedOn, portalReference,
                sequence, null);
    }
}
