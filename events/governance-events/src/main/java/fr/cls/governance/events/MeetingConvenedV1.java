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
 */
public record MeetingConvenedV1(UUID meetingId, UUID bodyId, String bodyKind, UUID contractId, String bodyName,
        LocalDate scheduledOn, String place, LocalDate convenedOn, Boolean late, List<String> invitees) {

    public static final String TYPE = "cls.governance.meeting-convened.v1";
}
