package fr.cls.governance.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contractref.ContractReferences;
import fr.cls.governance.body.Bodies;
import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyId;
import fr.cls.governance.body.GovernanceRules;
import fr.cls.governance.body.Member;
import fr.cls.governance.body.MemberStatus;
import fr.cls.governance.events.AnnualReportAdoptedV1;
import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.DecisionRecordedV1;
import fr.cls.governance.events.EvaluationAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.governance.events.ProgrammingValidatedV1;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.Roles;

/**
 * Meetings of the current tenant's bodies. Each write checks the version the caller saw (when given), is audited,
 * and publishes its events in the same transaction: a convocation, every decision, and the validations that
 * unlock the contract's next step.
 */
@Service
public class Meetings {

    private static final java.util.Set<String> VALIDATED_CONTRACT_STATES = java.util.Set.of("ELABORATION", "AWAITING_SIGNATURES");

    private final MeetingRepository meetings;
    private final MeetingSearch search;
    private final Bodies bodies;
    private final GovernanceRules rules;
    private final ContractReferences contracts;
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(MeetingRepository meetings, MeetingSearch search, Bodies bodies, GovernanceRules rules, ContractReferences contracts,
            OutboxEventPublisher outbox, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.search = search;
        this.bodies = bodies;
        this.rules = rules;
        this.contracts = contracts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Meeting get(UUID id) {
        return withDetails(meetings.findByIdAndOwnerTenantId(id, TenantContext.require())
                .filter(m -> bodies.visibleIds().test(m.bodyId()))
                .orElseThrow(() -> new NotFoundException("meeting", id)));
    }

    /** Meetings leave the transaction with their agenda and attendance read (the copies load the lazy lists). */
    private static Meeting withDetails(Meeting meeting) {
        meeting.agenda();
        meeting.attendance();
        return meeting;
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofBody(BodyId bodyId) {
        bodies.get(bodyId);
        return meetings.findByBodyIdAndOwnerTenantIdOrderByScheduledOnDesc(bodyId.value(), TenantContext.require()).stream()
                .map(Meetings::withDetails).toList();
    }

    /**
     * A page of the meetings of the bodies the current actor reaches (a confined coordinator: their contracts' bodies
     * only), narrowed by the filter, in the order of a validated sort.
     */
    @Transactional(readOnly = true)
    public Page<Meeting> page(MeetingFilter filter, String sort, int page, int size) {
        datesInOrder(filter);
        Page<Meeting> found = search.page(bodies.reach(), bodies.reachArgs(), filter, sort, page, size);
        found.forEach(Meetings::withDetails);
        return found;
    }

    /** The meetings of {@link #page} as CSV, with the columns chosen (unknown ones: 400 naming {@code columns}). */
    @Transactional(readOnly = true)
    public void export(MeetingFilter filter, String sort, List<String> columns, java.io.Writer out) {
        datesInOrder(filter);
        search.csv(bodies.reach(), bodies.reachArgs(), filter, sort, columns, out);
    }

    /** Refuses bad dates or unknown export columns before the first byte is written. */
    public static void requireExportable(MeetingFilter filter, List<String> columns) {
        datesInOrder(filter);
        fr.cls.platform.csv.CsvExport.requireKnown(columns, MeetingSearch.COLUMNS.keySet());
    }

    private static void datesInOrder(MeetingFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidFieldException("to", "dates-in-order", "'to' comes after 'from'");
        }
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Meeting schedule(BodyId bodyId, LocalDate on, String place) {
        Meeting meeting = meetings.saveAndFlush(Meeting.schedule(bodies.get(bodyId), on, place, today()));
        audit.record("governance.meeting-schedule", "meeting", meeting.id().toString(), null, meeting.version());
        return meeting;
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public AgendaItem addAgendaItem(UUID meetingId, Long seenVersion, String title, AgendaPurpose purpose, UUID contractId,
            Integer year, UUID minutesOfMeetingId) {
        AgendaItem[] added = new AgendaItem[1];
        change(meetingId, seenVersion, "governance.agenda-add", meeting -> {
            if (minutesOfMeetingId != null) {
                minutesToApprove(meeting, minutesOfMeetingId);
            }
            added[0] = meeting.addAgendaItem(body(meeting), title, purpose, contractId, year, minutesOfMeetingId);
        });
        return added[0];
    }

    /** Sends the convocation to the active members (late when less notice than the tenant's rule). */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Meeting convene(UUID meetingId, Long seenVersion) {
        return change(meetingId, seenVersion, "governance.meeting-convene", this::conveneNow);
    }

    private void conveneNow(Meeting meeting) {
        Body body = body(meeting);
        meeting.convene(today(), rules.of(meeting.ownerTenantId()).convocationDays());
        outbox.publish(GovernanceEvents.TOPIC, MeetingConvenedV1.TYPE, subject(body), convened(meeting, body));
    }

    /** What a convocation says: the event, and the convocation paper made from it (MeetingPapers). */
    static MeetingConvenedV1 convened(Meeting meeting, Body body) {
        List<String> invitees = body.members().stream().filter(m -> m.status() == MemberStatus.ACTIVE).map(Member::label).toList();
        List<MeetingConvenedV1.AgendaEntry> agenda = meeting.agenda().stream()
                .map(i -> new MeetingConvenedV1.AgendaEntry(i.position(), i.title(), i.purpose().name(), i.year())).toList();
        return new MeetingConvenedV1(meeting.id(), meeting.bodyId(), body.kind().name(), body.contractId(), body.name(),
                meeting.scheduledOn(), meeting.place(), meeting.convenedOn(), meeting.lateConvocation(), invitees, agenda);
    }

    /** The daily job: planned meetings with an agenda are convened when they enter the tenant's notice window. */
    @Transactional
    public int conveneDue() {
        LocalDate today = today();
        int days = rules.of(TenantContext.require()).convocationDays();
        int convened = 0;
        for (Meeting meeting : meetings.findByOwnerTenantIdAndScheduledOnBetweenAndStatusInOrderByScheduledOn(
                TenantContext.require(), today, today.plusDays(days), EnumSet.of(MeetingStatus.PLANNED))) {
            if (!meeting.agenda().isEmpty()) {
                long before = meeting.version();
                conveneNow(meeting);
                Meeting saved = meetings.saveAndFlush(meeting);
                audit.record("governance.meeting-convene", "meeting", saved.id().toString(), before, saved.version());
                convened++;
            }
        }
        return convened;
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Meeting cancel(UUID meetingId, Long seenVersion, String reason) {
        return change(meetingId, seenVersion, "governance.meeting-cancel", m -> m.cancel(reason));
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Meeting hold(UUID meetingId, Long seenVersion, LocalDate heldOn, List<AttendanceLine> attendance) {
        LocalDate today = today();
        return change(meetingId, seenVersion, "governance.meeting-hold",
                m -> m.hold(body(m), heldOn == null ? today : heldOn, today, attendance));
    }

    /** Records a decision, publishes it, and for a COPIL's adopted validation the event that unlocks it elsewhere. */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public AgendaItem decide(UUID meetingId, UUID itemId, Long seenVersion, DecisionMode mode, VoteCount votes,
            boolean proposal, String text) {
        AgendaItem[] decided = new AgendaItem[1];
        change(meetingId, seenVersion, "governance.decide", meeting -> {
            Body body = body(meeting);
            AgendaItem item = meeting.item(itemId);
            if (item.purpose() == AgendaPurpose.VALIDATE_CONTRACT && !proposal) {
                contracts.find(body.contractId()).filter(c -> !VALIDATED_CONTRACT_STATES.contains(c.status()))
                        .ifPresent(c -> {
                            throw new RuleViolationException("contract-in-elaboration",
                                    "the COPIL validates a contract in elaboration; this one is " + c.status(), c.status());
                        });
            }
            decided[0] = meeting.decide(body, itemId, mode, votes, proposal, text);
            if (decided[0].purpose() == AgendaPurpose.APPROVE_MINUTES) {
                approveMinutes(meeting, decided[0]);
            }
            publishDecision(meeting, body, decided[0]);
        });
        return decided[0];
    }

    private void publishDecision(Meeting meeting, Body body, AgendaItem item) {
        String subject = subject(body);
        outbox.publish(GovernanceEvents.TOPIC, DecisionRecordedV1.TYPE, subject,
                new DecisionRecordedV1(item.decisionId(), body.contractId(), meeting.bodyId(), body.kind().name(),
                        meeting.id(), item.id(), item.purpose().name(), item.outcome().name(), item.year(), item.decidedOn()));
        if (item.outcome() != DecisionOutcome.ADOPTED) {
            return;
        }
        UUID contract = body.contractId();
        switch (item.purpose()) {
            case VALIDATE_CONTRACT -> outbox.publish(GovernanceEvents.TOPIC, ContractValidatedV1.TYPE, subject,
                    new ContractValidatedV1(contract, meeting.bodyId(), meeting.id(), item.decidedOn()));
            case VALIDATE_PROGRAMMING -> outbox.publish(GovernanceEvents.TOPIC, ProgrammingValidatedV1.TYPE, subject,
                    new ProgrammingValidatedV1(contract, item.year(), meeting.bodyId(), meeting.id(), item.decidedOn()));
            case ADOPT_EVALUATION -> outbox.publish(GovernanceEvents.TOPIC, EvaluationAdoptedV1.TYPE, subject,
                    new EvaluationAdoptedV1(contract, meeting.bodyId(), meeting.id(), item.decidedOn()));
            case ADOPT_ANNUAL_REPORT -> outbox.publish(GovernanceEvents.TOPIC, AnnualReportAdoptedV1.TYPE, subject,
                    new AnnualReportAdoptedV1(contract, item.year(), meeting.bodyId(), meeting.id(), item.decidedOn()));
            default -> {
                // APPROVE_MINUTES (done before publishing), EXAMINE_DIFFICULTY, OTHER: the decision event says it all;
                // follow-ups record what comes next.
            }
        }
    }

    /**
     * The decision on an APPROVE_MINUTES item: the earlier meeting's minutes must still await approval (another
     * meeting may have approved them since the item was put on the agenda), else the decision is refused and the
     * transaction records nothing. Adopted, they become APPROVED on the day of the decision.
     */
    private void approveMinutes(Meeting meeting, AgendaItem item) {
        Meeting earlier = minutesToApprove(meeting, item.minutesOfMeetingId());
        if (item.outcome() != DecisionOutcome.ADOPTED) {
            return;
        }
        long before = earlier.version();
        earlier.approveMinutes(item.decidedOn());
        Meeting saved = meetings.saveAndFlush(earlier);
        audit.record("governance.minutes-approve", "meeting", saved.id().toString(), before, saved.version());
    }

    /**
     * The meeting whose minutes are put to {@code meeting} for approval: another meeting of the same body of the
     * tenant, held, with drafted minutes not yet approved. Anything else (unknown, another tenant's, another body's,
     * not drafted, already approved) is refused alike.
     */
    private Meeting minutesToApprove(Meeting meeting, UUID earlierMeetingId) {
        return meetings.findByIdAndOwnerTenantId(earlierMeetingId, meeting.ownerTenantId())
                .filter(earlier -> !earlier.id().equals(meeting.id()) && earlier.bodyId().equals(meeting.bodyId())
                        && earlier.minutesAwaitApproval())
                .orElseThrow(() -> new RuleViolationException(Violation.variant("minutes-to-approve", "earlier-draft",
                        "the minutes approved are a drafted compte rendu, not yet approved, of an earlier meeting of the same body")));
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public Meeting draftMinutes(UUID meetingId, Long seenVersion, String text) {
        return change(meetingId, seenVersion, "governance.minutes-draft", m -> m.draftMinutes(text));
    }

    /** The body the meeting belongs to (for the API's answers and the minutes). */
    @Transactional(readOnly = true)
    public Body bodyOf(Meeting meeting) {
        return body(meeting);
    }

    private Body body(Meeting meeting) {
        return bodies.get(new BodyId(meeting.bodyId()));
    }

    private Meeting change(UUID id, Long seenVersion, String action, java.util.function.Consumer<Meeting> command) {
        Meeting meeting = get(id);
        Versions.check("meeting " + id, meeting.version(), seenVersion);
        long before = meeting.version();
        command.accept(meeting);
        Meeting saved = meetings.saveAndFlush(meeting);
        audit.record(action, "meeting", id.toString(), before, saved.version());
        return saved;
    }

    /** Key of the events: the contract, so its events stay ordered; a cross-contract group's own id. */
    private static String subject(Body body) {
        return (body.contractId() != null ? body.contractId() : body.id().value()).toString();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
