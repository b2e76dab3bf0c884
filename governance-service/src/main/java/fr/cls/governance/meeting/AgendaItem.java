package fr.cls.governance.meeting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agenda item and, once the meeting decided on it, its decision. Part of the meeting aggregate. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    private int position;

    private String title;

    @Enumerated(EnumType.STRING)
    private AgendaPurpose purpose;

    @Column(name = "contract_id")
    private UUID contractId;

    private Integer year;

    @Column(name = "minutes_of_meeting_id")
    private UUID minutesOfMeetingId;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Enumerated(EnumType.STRING)
    private DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_mode")
    private DecisionMode decisionMode;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    @Column(name = "decision_text")
    private String decisionText;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected AgendaItem() {
    }

    AgendaItem(String ownerTenantId, int position, String title, AgendaPurpose purpose, UUID contractId, Integer year,
            UUID minutesOfMeetingId) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.position = position;
        this.title = title.strip();
        this.purpose = purpose;
        this.contractId = contractId;
        this.year = year;
        this.minutesOfMeetingId = minutesOfMeetingId;
    }

    void decide(DecisionOutcome outcome, DecisionMode mode, VoteCount votes, String text, LocalDate on) {
        this.decisionId = UUID.randomUUID();
        this.outcome = outcome;
        this.decisionMode = mode;
        this.votesFor = votes.votesFor();
        this.votesAgainst = votes.against();
        this.abstentions = votes.abstentions();
        this.decisionText = text == null || text.isBlank() ? null : text.strip();
        this.decidedOn = on;
    }

    public boolean decided() {
        return decisionId != null;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public AgendaPurpose purpose() {
        return purpose;
    }

    public UUID contractId() {
        return contractId;
    }

    public Integer year() {
        return year;
    }

    public UUID minutesOfMeetingId() {
        return minutesOfMeetingId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public DecisionMode decisionMode() {
        return decisionMode;
    }

    public VoteCount votes() {
        return new VoteCount(votesFor, votesAgainst, abstentions);
    }

    public String decisionText() {
        return decisionText;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
