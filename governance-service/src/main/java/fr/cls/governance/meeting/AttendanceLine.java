package fr.cls.governance.meeting;

import java.util.UUID;

/** One member's attendance as recorded by the secretary; {@code proxyHolderId} when REPRESENTED. */
public record AttendanceLine(UUID memberId, AttendanceStatus status, UUID proxyHolderId) {
}
