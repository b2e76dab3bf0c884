package fr.cls.contract.action;

/** DRAFT → SUBMITTED. */
public enum ReportStatus {
    DRAFT, SUBMITTED
}
