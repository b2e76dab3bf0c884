package fr.cls.console.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the console reads of the API's meeting: its agenda with decisions, attendance and quorum figures. */
public record MeetingView(UUID id, UUID bodyId, String bodyKind, String bodyName, UUID contractId, LocalDate scheduledOn,
        String place, String status, LocalDate convenedOn, Boolean lateConvocation, LocalDate heldOn, Integer votingMembers,
        Integer presentVoting, Integer represented, Boolean quorumReached, String minutesStatus, LocalDate minutesApprovedOn,
        String cancelReason, List<Item> agenda, List<Presence> attendance, long version) {

    public MeetingView {
        agenda = agenda == null ? List.of() : agenda;
        attendance = attendance == null ? List.of() : attendance;
    }

    public record Item(UUID id, int position, String title, String purpose, Integer year, UUID minutesOfMeetingId,
            Decision decision) {

        public String purposeLabel() {
            return GovernanceLabels.purpose(purpose);
        }
    }

    public record Decision(UUID id, String outcome, String mode, Integer votesFor, Integer votesAgainst, Integer abstentions,
            String text, LocalDate decidedOn) {

        public String outcomeLabel() {
            return GovernanceLabels.outcome(outcome);
        }

        public String modeLabel() {
            return GovernanceLabels.mode(mode);
        }
    }

    /** REPRESENTED: the member gave a proxy to {@code proxyHolderId}. */
    public record Presence(UUID memberId, String status, UUID proxyHolderId) {
    }

    public boolean is(String code) {
        return code.equals(status);
    }

    public boolean planned() {
        return is("PLANNED");
    }

    public boolean convened() {
        return is("CONVENED");
    }

    public boolean held() {
        return is("HELD");
    }

    public boolean minutesWritten() {
        return "DRAFT".equals(minutesStatus) || "APPROVED".equals(minutesStatus);
    }

    /** Minutes that a later meeting of the body may approve. */
    public boolean minutesAwaitApproval() {
        return held() && "DRAFT".equals(minutesStatus);
    }

    public Optional<Presence> presenceOf(UUID memberId) {
        return attendance.stream().filter(a -> a.memberId().equals(memberId)).findFirst();
    }

    public String statusLabel() {
        return GovernanceLabels.meetingStatus(status);
    }

    public String minutesLabel() {
        return GovernanceLabels.minutes(minutesStatus);
    }
}
