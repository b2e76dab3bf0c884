package fr.cls.contract.action;

/** DRAFT → SUBMITTED (by the owner) → VALIDATED (by the COPIL, through governance-service). */
public enum ProgrammingStatus {
    DRAFT, SUBMITTED, VALIDATED
}
