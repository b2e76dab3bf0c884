package fr.cls.governance.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyKind;
import fr.cls.governance.body.Member;
import fr.cls.governance.body.MemberStatus;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * A meeting of a body, from its scheduling to its minutes: PLANNED, CONVENED (late when the tenant's notice was
 * not given), HELD with its attendance and quorum, or CANCELLED. Decisions are taken on its agenda items, only
 * once held and only with quorum.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private UUID bodyId;

    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;

    private String place;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Column(name = "convened_on")
    private LocalDate convenedOn;

    @Column(name = "late_convocation")
    private Boolean lateConvocation;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "voting_members")
    private Integer votingMembers;

    @Column(name = "present_voting")
    private Integer presentVoting;

    private Integer represented;

    @Column(name = "quorum_reached")
    private Boolean quorumReached;

    private String minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status")
    private MinutesStatus minutesStatus;

    @Column(name = "minutes_approved_on")
    private LocalDate minutesApprovedOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {
    }

    /** A meeting of an active body, on a date to come. */
    public static Meeting schedule(Body body, LocalDate on, String place, LocalDate today) {
        body.requireActive();
        if (on.isBefore(today)) {
            throw new RuleViolationException("meeting-not-in-past", "a meeting is scheduled for today or later");
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.ownerTenantId = body.ownerTenantId();
        meeting.bodyId = body.id().value();
        meeting.scheduledOn = on;
        meeting.place = place.strip();
        meeting.status = MeetingStatus.PLANNED;
        meeting.minutesStatus = MinutesStatus.NONE;
        return meeting;
    }

    /**
     * @param contractId given by the caller to say which contract the item is about: it must be the body's own
     * @param minutesOfMeetingId for APPROVE_MINUTES: the earlier meeting whose minutes are approved (checked by the caller)
     */
    public AgendaItem addAgendaItem(Body body, String title, AgendaPurpose purpose, UUID contractId, Integer year,
            UUID minutesOfMeetingId) {
        requireStatus("add to the agenda", MeetingStatus.PLANNED, MeetingStatus.CONVENED);
        List<Violation> violations = new ArrayList<>();
        if (purpose.isValidation() && body.kind() != BodyKind.COPIL && body.kind() != BodyKind.COTECH) {
            violations.add(Violation.of("copil-validates",
                    "a " + body.kind() + " neither validates nor proposes " + purpose + ": that is the COPIL's (prepared by the COTECH)",
                    body.kind(), purpose));
        }
        if (contractId != null && !contractId.equals(body.contractId())) {
            violations.add(body.contractId() == null
                    ? Violation.variant("item-of-the-body-contract", "cross-contract",
                            "the item is about another contract than the body's (a cross-contract group decides on no contract)")
                    : new Violation("item-of-the-body-contract", "the item is about another contract than the body's"));
        }
        if (purpose.needsYear() && year == null) {
            violations.add(Violation.of("year-given", purpose + " needs the year it is about", purpose));
        }
        if ((purpose == AgendaPurpose.APPROVE_MINUTES) != (minutesOfMeetingId != null)) {
            violations.add(new Violation("minutes-meeting-given",
                    "give minutesOfMeetingId with APPROVE_MINUTES, and only with it"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        AgendaItem item = new AgendaItem(ownerTenantId, agenda.size() + 1, title, purpose, body.contractId(),
                purpose.needsYear() ? year : null, minutesOfMeetingId);
        agenda.add(item);
        return item;
    }

    /** Sends the convocation; late when sent with less notice than the tenant's rule. Returns whether it is late. */
    public boolean convene(LocalDate today, int convocationDays) {
        requireStatus("convene", MeetingStatus.PLANNED);
        if (agenda.isEmpty()) {
            throw new RuleViolationException("agenda-not-empty", "a convocation carries the agenda: add at least one item");
        }
        if (scheduledOn.isBefore(today)) {
            throw new RuleViolationException(Violation.variant("meeting-not-in-past", "passed",
                    "the meeting's date has passed: schedule a new one"));
        }
        convenedOn = today;
        lateConvocation = today.plusDays(convocationDays).isAfter(scheduledOn);
        status = MeetingStatus.CONVENED;
        return lateConvocation;
    }

    public void cancel(String reason) {
        requireStatus("cancel", MeetingStatus.PLANNED, MeetingStatus.CONVENED);
        status = MeetingStatus.CANCELLED;
        cancelReason = reason.strip();
    }

    /**
     * Records the meeting as held, on its date or later (never in the future), with who attended: members not
     * listed were absent. Proxies go to a voting member present, within the body's limit. Computes the quorum.
     */
    public void hold(Body body, LocalDate on, LocalDate today, List<AttendanceLine> lines) {
        if (status == MeetingStatus.PLANNED) {
            throw new RuleViolationException("convened-first", "the members were not convened to this meeting");
        }
        requireStatus("hold", MeetingStatus.CONVENED);
        if (on.isBefore(scheduledOn) || on.isAfter(today)) {
            throw new RuleViolationException("meeting-date-reached",
                    "a meeting is held on or after its date (" + scheduledOn + ") and not later than today", scheduledOn);
        }
        Map<UUID, AttendanceLine> byMember = checkedAttendance(body, lines);
        attendance.clear();
        for (Member member : body.members()) {
            if (member.status() == MemberStatus.ACTIVE) {
                AttendanceLine line = byMember.getOrDefault(member.id(), new AttendanceLine(member.id(), AttendanceStatus.ABSENT, null));
                attendance.add(new Attendance(ownerTenantId, member.id(), line.status(), line.proxyHolderId()));
            }
        }
        List<Member> voters = body.activeVoters();
        votingMembers = voters.size();
        presentVoting = (int) voters.stream().filter(m -> statusOf(byMember, m) == AttendanceStatus.PRESENT).count();
        represented = (int) voters.stream().filter(m -> statusOf(byMember, m) == AttendanceStatus.REPRESENTED).count();
        quorumReached = body.quorum().reached(votingMembers, presentVoting, represented);
        heldOn = on;
        status = MeetingStatus.HELD;
    }

    private Map<UUID, AttendanceLine> checkedAttendance(Body body, List<AttendanceLine> lines) {
        List<Violation> violations = new ArrayList<>();
        Map<UUID, AttendanceLine> byMember = new HashMap<>();
        Map<UUID, Member> active = new HashMap<>();
        body.members().stream().filter(m -> m.status() == MemberStatus.ACTIVE).forEach(m -> active.put(m.id(), m));
        for (AttendanceLine line : lines) {
            if (!active.containsKey(line.memberId())) {
                violations.add(Violation.of("member-of-the-body", line.memberId() + " is not an active member of " + body.name(),
                        line.memberId(), body.name()));
            } else if (byMember.put(line.memberId(), line) != null) {
                violations.add(Violation.of("member-listed-once", active.get(line.memberId()).label() + " is listed twice",
                        active.get(line.memberId()).label()));
            }
        }
        Map<UUID, Integer> proxiesHeld = new HashMap<>();
        for (AttendanceLine line : byMember.values()) {
            boolean represented = line.status() == AttendanceStatus.REPRESENTED;
            if (represented != (line.proxyHolderId() != null)) {
                violations.add(new Violation("proxy-when-represented", "a proxy holder is named for a REPRESENTED member, and only then"));
                continue;
            }
            if (!represented) {
                continue;
            }
            Member giver = active.get(line.memberId());
            AttendanceLine holder = byMember.get(line.proxyHolderId());
            if (!giver.voting()) {
                violations.add(Violation.of("proxy-for-a-voter", giver.label() + " has no vote to give", giver.label()));
            } else if (holder == null || holder.status() != AttendanceStatus.PRESENT
                    || !active.get(holder.memberId()).voting()) {
                violations.add(Violation.of("proxy-to-a-voter-present",
                        giver.label() + "'s proxy goes to a voting member who is present", giver.label()));
            } else {
                proxiesHeld.merge(holder.memberId(), 1, Integer::sum);
            }
        }
        int limit = body.quorum().maxProxiesPerMember();
        proxiesHeld.forEach((holder, count) -> {
            if (count > limit) {
                violations.add(Violation.of("proxy-limit", active.get(holder).label() + " holds " + count
                        + " proxies; a member holds at most " + limit, active.get(holder).label(), count, limit));
            }
        });
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return byMember;
    }

    private static AttendanceStatus statusOf(Map<UUID, AttendanceLine> byMember, Member member) {
        AttendanceLine line = byMember.get(member.id());
        return line == null ? AttendanceStatus.ABSENT : line.status();
    }

    /**
     * Records the decision on an agenda item. Only on a meeting held with quorum, once per item. A COPIL adopts or
     * rejects; on a validation a COTECH only proposes ({@code proposal}) and a plain validation by it is refused.
     */
    public AgendaItem decide(Body body, UUID itemId, DecisionMode mode, VoteCount votes, boolean proposal, String text) {
        AgendaItem item = item(itemId);
        if (status != MeetingStatus.HELD) {
            throw new RuleViolationException("meeting-held", "decisions are recorded once the meeting is held (it is " + status + ")",
                    status);
        }
        if (!Boolean.TRUE.equals(quorumReached)) {
            throw new RuleViolationException("quorum-reached", "the quorum was not reached: " + counted()
                    + " of " + votingMembers + " voting members, " + body.quorum().percent() + " % needed",
                    counted(), votingMembers, body.quorum().percent());
        }
        if (item.decided()) {
            throw new RuleViolationException("decided-once", "the item \"" + item.title() + "\" was decided on " + item.decidedOn(),
                    item.title(), item.decidedOn());
        }
        boolean cotechProposes = body.kind() == BodyKind.COTECH && item.purpose().isValidation();
        if (cotechProposes && !proposal) {
            throw new RuleViolationException(Violation.variant("copil-validates", "cotech-proposes",
                    "only the COPIL validates " + item.purpose() + "; a COTECH proposes it (proposal: true)", item.purpose()));
        }
        if (mode == DecisionMode.VOTE) {
            if (!votes.complete() || votes.total() == 0) {
                throw new RuleViolationException("votes-counted", "a vote gives the votes for, against and the abstentions");
            }
            if (votes.total() > counted()) {
                throw new RuleViolationException("votes-within-voters", votes.total() + " votes for " + counted()
                        + " voting members present or represented", votes.total(), counted());
            }
        } else if (votes.total() > 0) {
            throw new RuleViolationException(Violation.variant("votes-counted", "consensus",
                    "a decision by consensus has no vote counts"));
        }
        boolean carried = mode == DecisionMode.CONSENSUS || votes.votesFor() > votes.against();
        DecisionOutcome outcome = !carried ? DecisionOutcome.REJECTED
                : cotechProposes ? DecisionOutcome.PROPOSED : DecisionOutcome.ADOPTED;
        item.decide(outcome, mode, mode == DecisionMode.VOTE ? votes : VoteCount.NONE, text, heldOn);
        return item;
    }

    private int counted() {
        return presentVoting + (represented == null ? 0 : represented);
    }

    public void draftMinutes(String text) {
        requireStatus("write the minutes of", MeetingStatus.HELD);
        if (minutesStatus == MinutesStatus.APPROVED) {
            throw new RuleViolationException("minutes-approved-stay", "the minutes were approved on " + minutesApprovedOn,
                    minutesApprovedOn);
        }
        minutes = text.strip();
        minutesStatus = MinutesStatus.DRAFT;
    }

    /** The body's next meeting approved these minutes. */
    void approveMinutes(LocalDate on) {
        if (!minutesAwaitApproval()) {
            String english = "only drafted minutes of a held meeting are approved (they are " + minutesStatus
                    + (minutesApprovedOn != null ? ", approved on " + minutesApprovedOn : "") + ")";
            throw new RuleViolationException(minutesApprovedOn == null ? Violation.of("minutes-to-approve", english, minutesStatus)
                    : Violation.variant("minutes-to-approve", "approved", english, minutesStatus, minutesApprovedOn));
        }
        minutesStatus = MinutesStatus.APPROVED;
        minutesApprovedOn = on;
    }

    /** Whether its minutes can be put to a later meeting of the same body for approval. */
    boolean minutesAwaitApproval() {
        return status == MeetingStatus.HELD && minutesStatus == MinutesStatus.DRAFT;
    }

    public AgendaItem item(UUID itemId) {
        return agenda.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("agenda item", itemId));
    }

    private void requireStatus(String action, MeetingStatus... allowed) {
        Set<MeetingStatus> ok = new HashSet<>(List.of(allowed));
        if (!ok.contains(status)) {
            throw new RuleViolationException("meeting-status", "cannot " + action + " a meeting that is " + status, action, status);
        }
    }

    public Optional<Attendance> attendanceOf(UUID memberId) {
        return attendance.stream().filter(a -> a.memberId().equals(memberId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String ownerTenantId() {
        return ownerTenantId;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public LocalDate scheduledOn() {
        return scheduledOn;
    }

    public String place() {
        return place;
    }

    public MeetingStatus status() {
        return status;
    }

    public LocalDate convenedOn() {
        return convenedOn;
    }

    public Boolean lateConvocation() {
        return lateConvocation;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Integer votingMembers() {
        return votingMembers;
    }

    public Integer presentVoting() {
        return presentVoting;
    }

    public Integer represented() {
        return represented;
    }

    public Boolean quorumReached() {
        return quorumReached;
    }

    public String minutes() {
        return minutes;
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
    }

    public LocalDate minutesApprovedOn() {
        return minutesApprovedOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<Attendance> attendance() {
        return List.copyOf(attendance);
    }
}
