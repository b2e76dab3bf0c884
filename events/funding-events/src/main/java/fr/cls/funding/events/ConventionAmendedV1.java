package fr.cls.funding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A signed or drafted financial convention got new yearly amounts, within the grant; its payments follow. */
public record ConventionAmendedV1(UUID conventionId, UUID requestId, UUID contractId, Map<Integer, BigDecimal> amountsByYear,
        LocalDate amendedOn, String note, String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.convention-amended.v1";
}
