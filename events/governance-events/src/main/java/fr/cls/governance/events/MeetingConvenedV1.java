package fr.cls.governance.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Members were convened to a meeting. {@code late} when the convocation went out with less notice than the
 * tenant's rule (e.g. 15 days).
 *
 * @param contractId null for a cross-contract body
 * @param invitees "person (organisation)" of every active member
 * @param agenda the agenda as convened (added later; empty in events published before, never null)
 */
public record MeetingConvenedV1(UUID meetingId, UUID bodyId, String bodyKind, UUID contractId, String bodyName,
        LocalDate scheduledOn, String place, LocalDate convenedOn, Boolean late, List<String> invitees,
        List<AgendaEntry> agenda) {

    public static final String TYPE = "cls.governance.meeting-convened.v1";

    /**
     * @param purpose the AgendaPurpose's name (VALIDATE_PROGRAMMING, OTHER…)
     * @param year the year a programming or annual report is about, else null
     */
    public record AgendaEntry(int position, String title, String purpose, Integer year) {
    }

    public MeetingConvenedV1 {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** An event without its agenda, as published before the agenda was carried. */
    public MeetingConvenedV1(UUID meetingId, UUID bodyId, String bodyKind, UUID contractId, String bodyName,
            LocalDate scheduledOn, String place, LocalDate convenedOn, Boolean late, List<String> invitees) {
        this(meetingId, bodyId, bodyKind, contractId, bodyName, scheduledOn, place, convenedOn, late, invitees, List.of());
    }
}
