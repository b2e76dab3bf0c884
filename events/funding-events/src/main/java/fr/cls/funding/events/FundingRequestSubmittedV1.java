package fr.cls.funding.events;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A funding request reached a funder.
 *
 * @param amountsByYear requested euros per calendar year
 * @param portalReference the submission portal's own reference, null when filed on the platform
 */
public record FundingRequestSubmittedV1(UUID requestId, UUID contractId, String contractTitle, String schemeCode,
        Integer schemeVersion, String purpose, Map<Integer, BigDecimal> amountsByYear, BigDecimal total,
        String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.request-submitted.v1";
}
