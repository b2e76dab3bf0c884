package fr.cls.funding.events;

import java.time.LocalDate;
import java.util.UUID;

/** A financial convention was cancelled: its payments not yet made are cancelled with it. */
public record ConventionCancelledV1(UUID conventionId, UUID requestId, UUID contractId, LocalDate cancelledOn, String reason,
        String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.convention-cancelled.v1";
}
