package fr.cls.notification.subscription;

/** What a notification is about; subscriptions choose topics, events and reminders map onto them. */
public enum Topic {
    /** A COPIL (or another body) convened its members. */
    MEETING_CONVENED,
    /** A body decided an agenda item, or adopted an annual report. */
    GOVERNANCE_DECISION,
    /** A contract moved along its lifecycle. */
    CONTRACT_LIFECYCLE,
    /** An annual report was submitted. */
    ANNUAL_REPORT,
    /** A funding request reached the funder: to instruct. */
    FUNDING_REQUEST_SUBMITTED,
    /** A funding request was taken into instruction or withdrawn. */
    FUNDING_REQUEST_PROGRESS,
    /** A funder decided a request. */
    FUNDING_DECIDED,
    /** A financial convention was signed, amended or cancelled (the name kept for the subscriptions stored). */
    CONVENTION_SIGNED,
    /** An instalment was released or paid. */
    PAYMENT,
    REMINDER_COPIL,
    REMINDER_ANNUAL_REPORT,
    REMINDER_END_OF_TERM,
    REMINDER_REQUEST_WAITING
}
