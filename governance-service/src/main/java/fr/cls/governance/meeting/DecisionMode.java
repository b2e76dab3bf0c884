package fr.cls.governance.meeting;

public enum DecisionMode {
    VOTE, CONSENSUS
}
