package fr.cls.governance.meeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.governance.body.Body;
import fr.cls.governance.meeting.AgendaItem;
import fr.cls.governance.meeting.Attendance;
import fr.cls.governance.meeting.Meeting;

/** A meeting as the API shows it: its body, agenda with decisions, attendance and quorum. */
record MeetingResponse(UUID id, UUID bodyId, String bodyKind, String bodyName, UUID contractId, LocalDate scheduledOn,
        String place, String status, LocalDate convenedOn, Boolean lateConvocation, LocalDate heldOn, Integer votingMembers,
        Integer presentVoting, Integer represented, Boolean quorumReached, String minutesStatus, LocalDate minutesApprovedOn,
        String cancelReason, List<ItemResponse> agenda, List<AttendanceResponse> attendance, long version) {

    record ItemResponse(UUID id, int position, String title, String purpose, Integer year, UUID minutesOfMeetingId,
            DecisionResponse decision) {

        static ItemResponse of(AgendaItem i) {
            DecisionResponse decision = i.decided() ? new DecisionResponse(i.decisionId(), i.outcome().name(),
                    i.decisionMode().name(), i.votes().votesFor(), i.votes().against(), i.votes().abstentions(),
                    i.decisionText(), i.decidedOn()) : null;
            return new ItemResponse(i.id(), i.position(), i.title(), i.purpose().name(), i.year(), i.minutesOfMeetingId(), decision);
        }
    }

    record DecisionResponse(UUID id, String outcome, String mode, Integer votesFor, Integer votesAgainst, Integer abstentions,
            String text, LocalDate decidedOn) {
    }

    record AttendanceResponse(UUID memberId, String status, UUID proxyHolderId) {

        static AttendanceResponse of(Attendance a) {
            return new AttendanceResponse(a.memberId(), a.status().name(), a.proxyHolderId());
        }
    }

    static MeetingResponse of(Meeting m, Body body) {
        return new MeetingResponse(m.id(), m.bodyId(), body.kind().name(), body.name(), body.contractId(), m.scheduledOn(),
                m.place(), m.status().name(), m.convenedOn(), m.lateConvocation(), m.heldOn(), m.votingMembers(),
                m.presentVoting(), m.represented(), m.quorumReached(), m.minutesStatus().name(), m.minutesApprovedOn(),
                m.cancelReason(), m.agenda().stream().map(ItemResponse::of).toList(),
                m.attendance().stream().map(AttendanceResponse::of).toList(), m.version());
    }
}
