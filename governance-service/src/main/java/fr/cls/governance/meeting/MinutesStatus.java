package fr.cls.governance.meeting;

/** Minutes (compte rendu) are drafted after the meeting and approved at the body's next one. */
public enum MinutesStatus {
    NONE, DRAFT, APPROVED
}
