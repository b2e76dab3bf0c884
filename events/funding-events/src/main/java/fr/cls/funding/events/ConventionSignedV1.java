package fr.cls.funding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The financial convention of a granted request was signed; its payment schedule starts. */
public record ConventionSignedV1(UUID conventionId, UUID requestId, UUID contractId, String beneficiary,
        Map<Integer, BigDecimal> amountsByYear, LocalDate validFrom, LocalDate validUntil, LocalDate signedOn,
        String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.convention-signed.v1";
}
