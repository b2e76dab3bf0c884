package fr.cls.governance.followup;

public enum FollowUpStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
