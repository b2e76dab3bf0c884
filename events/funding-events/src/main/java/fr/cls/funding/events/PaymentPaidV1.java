package fr.cls.funding.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A released instalment was recorded as paid. */
public record PaymentPaidV1(UUID paymentId, UUID conventionId, UUID requestId, UUID contractId, Integer year,
        BigDecimal amount, LocalDate paidOn, String portalReference, Long sequence) {

    public static final String TYPE = "cls.funding.payment-paid.v1";
}
