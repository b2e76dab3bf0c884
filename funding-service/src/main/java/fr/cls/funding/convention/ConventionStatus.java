package fr.cls.funding.convention;

public enum ConventionStatus {
    DRAFT, SIGNED, CANCELLED
}
