package fr.cls.funding.plan;

/** NOT_APPLICABLE when the plan has nothing the check is about (no parity funder, no co-funded item, no budget). */
public enum CheckStatus {
    PASS, FAIL, NOT_APPLICABLE
}
