package fr.cls.funding.events;

import java.util.UUID;

/** A funder's agent took a request into instruction. */
public record FundingRequestInstructionStartedV1(UUID requestId, UUID contractId, String instructedBy, String portalReference,
        Long sequence) {

    public static final String TYPE = "cls.funding.request-instruction-started.v1";
}
