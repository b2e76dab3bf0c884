package fr.cls.governance.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.Member;
import fr.cls.governance.events.ConvocationDocument;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.platform.documents.DocumentRequest;
import fr.cls.platform.documents.PdfDocuments;
import fr.cls.platform.domain.RuleViolationException;

/**
 * The papers of a meeting as PDF: its convocation (the same paper the convocation email carries, from the same
 * data) and its procès-verbal. Read through {@link Meetings#get}, so whoever may not see the meeting gets a 404.
 */
@Service
public class MeetingPapers {

    /** A generated paper and the name it is downloaded under. */
    public record Paper(String fileName, byte[] pdf) {
    }

    /** A line of the attendance: who, their role, whether they vote, and how they attended. */
    public record AttendanceRow(String member, String role, boolean voting, String attendance) {
    }

    /** An agenda item and what was decided on it. */
    public record DecisionRow(int position, String title, String outcome, String votes, String text) {
    }

    private final Meetings meetings;
    private final PdfDocuments documents;

    MeetingPapers(Meetings meetings, PdfDocuments documents) {
        this.meetings = meetings;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public Paper convocation(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.convenedOn() == null) {
            throw new RuleViolationException("convened-first", "the members were not convened to this meeting");
        }
        MeetingConvenedV1 convened = Meetings.convened(meeting, meetings.bodyOf(meeting));
        byte[] pdf = documents.render(new DocumentRequest(meeting.ownerTenantId(), ConvocationDocument.TEMPLATE,
                ConvocationDocument.title(convened), ConvocationDocument.date(convened), ConvocationDocument.model(convened)));
        return new Paper(ConvocationDocument.fileName(convened), pdf);
    }

    /** The procès-verbal: attendance with proxies, quorum, decisions and votes, the minutes' text. */
    @Transactional(readOnly = true)
    public Paper minutes(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.minutesStatus() == MinutesStatus.NONE) {
            throw new RuleViolationException("minutes-written", "the minutes of this meeting are not written yet");
        }
        Body body = meetings.bodyOf(meeting);
        Map<UUID, Member> members = body.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("bodyName", body.name());
        model.put("bodyKind", body.kind().name());
        model.put("heldOn", meeting.heldOn());
        model.put("place", meeting.place());
        model.put("convenedOn", meeting.convenedOn());
        model.put("quorumReached", Boolean.TRUE.equals(meeting.quorumReached()));
        model.put("votingMembers", meeting.votingMembers());
        model.put("presentVoting", meeting.presentVoting());
        model.put("represented", meeting.represented());
        model.put("quorumPercent", body.quorum().percent());
        model.put("attendance", attendance(meeting, members));
        // Proxies as sentences rather than table cells: a long name wraps without splitting who gave to whom.
        model.put("proxies", meeting.attendance().stream().filter(a -> a.proxyHolderId() != null)
                .map(a -> members.get(a.memberId()).label() + " a donné procuration à " + members.get(a.proxyHolderId()).label())
                .sorted().toList());
        model.put("decisions", meeting.agenda().stream().map(MeetingPapers::decision).toList());
        model.put("minutes", meeting.minutes());
        model.put("minutesStatus", switch (meeting.minutesStatus()) {
            case NONE, DRAFT -> "Projet, soumis à l’approbation de la prochaine réunion";
            case APPROVED -> "Approuvé le " + fr.cls.platform.documents.DocumentFormat.FRENCH.date(meeting.minutesApprovedOn());
        });
        String title = "Procès-verbal — " + body.name();
        byte[] pdf = documents.render(new DocumentRequest(meeting.ownerTenantId(), "proces-verbal", title, meeting.heldOn(), model));
        return new Paper("proces-verbal-" + fileSlug(body.name()) + "-" + meeting.heldOn() + ".pdf", pdf);
    }

    private static List<AttendanceRow> attendance(Meeting meeting, Map<UUID, Member> members) {
        return meeting.attendance().stream().map(a -> {
            Member member = members.get(a.memberId());
            String how = switch (a.status()) {
                case PRESENT -> "présent";
                case EXCUSED -> "excusé";
                case ABSENT -> "absent";
                case REPRESENTED -> "représenté";
            };
            String role = switch (member.role()) {
                case CHAIR -> "président";
                case MEMBER -> "membre";
                case SECRETARY -> "secrétaire";
                case GUEST -> "invité";
            };
            return new AttendanceRow(member.label(), role, member.voting(), how);
        }).sorted(java.util.Comparator.comparing(AttendanceRow::member)).toList();
    }

    private static DecisionRow decision(AgendaItem item) {
        String title = item.year() == null ? item.title() : item.title() + " (" + item.year() + ")";
        if (!item.decided()) {
            return new DecisionRow(item.position(), title, "pas de décision", "", "");
        }
        String outcome = switch (item.outcome()) {
            case ADOPTED -> "adopté";
            case REJECTED -> "rejeté";
            case PROPOSED -> "proposé au COPIL";
        };
        VoteCount v = item.votes();
        String votes = item.decisionMode() == DecisionMode.VOTE
                ? "pour " + v.votesFor() + ", contre " + v.against() + ", abstentions " + v.abstentions()
                : "par consensus";
        return new DecisionRow(item.position(), title, outcome, votes, item.decisionText() == null ? "" : item.decisionText());
    }

    private static String fileSlug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "instance" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
