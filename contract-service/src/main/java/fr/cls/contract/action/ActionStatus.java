package fr.cls.contract.action;

/** Where an action stands. DONE and ABANDONED are final. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, ABANDONED;

    boolean isFinal() {
        return this == DONE || this == ABANDONED;
    }
}
