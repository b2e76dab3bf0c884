package fr.cls.funding.request;

/** What the money pays for. */
public enum Purpose {
    COORDINATOR_POST, DIAGNOSTIC, ENGINEERING, ACTIONS
}
