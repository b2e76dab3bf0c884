package fr.cls.governance.body;

public enum BodyStatus {
    ACTIVE, CLOSED
}
