package fr.cls.governance.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.governance.body.Bodies;
import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyId;
import fr.cls.governance.meeting.Meeting;
import fr.cls.governance.meeting.Meetings;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.Roles;

/** The tenant's follow-up list: open difficulties and decided actions, by body, with their owner and due date. */
@Service
public class FollowUps {

    private final FollowUpRepository items;
    private final Bodies bodies;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUps(FollowUpRepository items, Bodies bodies, Meetings meetings, AuditTrail audit, Clock clock) {
        this.items = items;
        this.bodies = bodies;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param meetingId the meeting where it was raised or decided, of the same body (optional) */
    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public FollowUp open(BodyId bodyId, UUID meetingId, FollowUpKind kind, String title, String ownerName, LocalDate dueOn) {
        Body body = bodies.get(bodyId);
        if (meetingId != null) {
            Meeting meeting = meetings.get(meetingId);
            if (!meeting.bodyId().equals(body.id().value())) {
                throw new RuleViolationException("meeting-of-the-body", "the meeting is not one of " + body.name(), body.name());
            }
        }
        FollowUp item = items.saveAndFlush(FollowUp.open(body, meetingId, kind, title, ownerName, dueOn, today()));
        audit.record("governance.follow-up-open", "follow-up", item.id().toString(), null, item.version());
        return item;
    }

    @Transactional
    @PreAuthorize(Roles.IS_FUNDER_STAFF)
    public FollowUp move(UUID id, Long seenVersion, FollowUpStatus to) {
        FollowUp item = get(id);
        Versions.check("follow-up " + id, item.version(), seenVersion);
        long before = item.version();
        item.move(to, today());
        FollowUp saved = items.saveAndFlush(item);
        audit.record("governance.follow-up-move", "follow-up", id.toString(), before, saved.version());
        return saved;
    }

    @Transactional(readOnly = true)
    public FollowUp get(UUID id) {
        return items.findByIdAndOwnerTenantId(id, TenantContext.require())
                .filter(i -> bodies.visibleIds().test(i.bodyId()))
                .orElseThrow(() -> new NotFoundException("follow-up", id));
    }

    /** @param overdue only the open ones past their due date */
    @Transactional(readOnly = true)
    public List<FollowUp> list(UUID bodyId, FollowUpStatus status, boolean overdue) {
        LocalDate today = today();
        Predicate<UUID> visible = bodies.visibleIds();
        return items.findByOwnerTenantIdOrderByDueOnAscOpenedOnAsc(TenantContext.require()).stream()
                .filter(i -> visible.test(i.bodyId()))
                .filter(i -> bodyId == null || i.bodyId().equals(bodyId))
                .filter(i -> status == null || i.status() == status)
                .filter(i -> !overdue || i.overdue(today)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
