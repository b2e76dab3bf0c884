package fr.cls.governance.meeting;

/** REPRESENTED: the member gave a proxy (pouvoir) to another member present. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, REPRESENTED, ABSENT
}
