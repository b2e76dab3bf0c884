package fr.cls.funding.convention;

/** PLANNED until its conditions hold, RELEASED (may be paid), PAID; CANCELLED with its convention. */
public enum PaymentStatus {
    PLANNED, RELEASED, PAID, CANCELLED
}
