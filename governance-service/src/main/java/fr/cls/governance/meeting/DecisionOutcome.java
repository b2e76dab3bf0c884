package fr.cls.governance.meeting;

/** PROPOSED: what a COTECH decides on a matter only the COPIL validates. */
public enum DecisionOutcome {
    ADOPTED, REJECTED, PROPOSED
}
