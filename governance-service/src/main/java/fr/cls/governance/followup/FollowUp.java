package fr.cls.governance.followup;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.cls.governance.body.Body;
import fr.cls.platform.domain.RuleViolationException;

/** A difficulty or an action followed by a body, until done or dropped. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private UUID bodyId;

    @Column(name = "meeting_id", updatable = false)
    private UUID meetingId;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    private String title;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    @Column(name = "opened_on", updatable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected FollowUp() {
    }

    static FollowUp open(Body body, UUID meetingId, FollowUpKind kind, String title, String ownerName, LocalDate dueOn,
            LocalDate today) {
        body.requireActive();
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new RuleViolationException("due-date-to-come", "the due date is today or later");
        }
        FollowUp item = new FollowUp();
        item.id = UUID.randomUUID();
        item.ownerTenantId = body.ownerTenantId();
        item.bodyId = body.id().value();
        item.meetingId = meetingId;
        item.kind = kind;
        item.title = title.strip();
        item.ownerName = ownerName.strip();
        item.dueOn = dueOn;
        item.status = FollowUpStatus.OPEN;
        item.openedOn = today;
        return item;
    }

    void move(FollowUpStatus to, LocalDate today) {
        if (status.closed()) {
            throw new RuleViolationException("follow-up-open", "the item was closed (" + status + ") on " + closedOn, status, closedOn);
        }
        status = to;
        closedOn = to.closed() ? today : null;
    }

    public boolean overdue(LocalDate today) {
        return !status.closed() && dueOn != null && dueOn.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String ownerName() {
        return ownerName;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public FollowUpStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }
}
