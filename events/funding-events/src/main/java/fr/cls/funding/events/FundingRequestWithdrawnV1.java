package fr.cls.funding.events;

import java.time.LocalDate;
import java.util.UUID;

/** The filer (or the submission portal) withdrew a request before its decision. */
public record FundingRequestWithdrawnV1(UUID requestId, UUID contractId, LocalDate withdrawnOn, String portalReference,
        Long sequence) {

    public static final String TYPE = "cls.funding.request-withdrawn.v1";
}
