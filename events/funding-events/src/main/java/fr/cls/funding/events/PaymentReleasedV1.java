package fr.cls.funding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A yearly instalment's conditions hold: it may be paid. */
public record PaymentReleasedV1(UUID paymentId, UUID conventionId, UUID requestId, UUID contractId, Integer year,
        BigDecimal amount, LocalDate releasedOn, String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.payment-released.v1";
}
