package fr.cls.governance.meeting;

public enum MeetingStatus {
    PLANNED, CONVENED, HELD, CANCELLED
}
