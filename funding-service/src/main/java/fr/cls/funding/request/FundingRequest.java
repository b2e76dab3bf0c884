package fr.cls.funding.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.cls.funding.rules.Person;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * A request for funding, addressed by a contract's owner (or the funder's portal) to a funder under one version of
 * one of its schemes. The funder instructs it, then an approver grants it (per year, at most what was asked) or
 * refuses it with reasons, once. The amounts' rules are the scheme's business ({@code FundingRequests}); this
 * class guards the steps.
 */
@Entity
@Table(name = "funding_request")
public class FundingRequest {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String funderTenantId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "scheme_code", nullable = false, updatable = false)
    private String schemeCode;

    @Column(name = "scheme_version", nullable = false)
    private int schemeVersion;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Convert(converter = YearAmounts.Json.class)
    private SortedMap<Integer, BigDecimal> requested;

    @Convert(converter = YearAmounts.Json.class)
    @Column(name = "own_share")
    private SortedMap<Integer, BigDecimal> ownShare;

    @Convert(converter = YearAmounts.Json.class)
    private SortedMap<Integer, BigDecimal> granted;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "submitted_on", updatable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;

    @Column(name = "submitted_by_issuer", updatable = false)
    private String submittedByIssuer;

    @Column(name = "instructed_by")
    private String instructedBy;

    @Column(name = "instructed_by_issuer")
    private String instructedByIssuer;

    @Column(name = "instruction_started_on")
    private LocalDate instructionStartedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_issuer")
    private String decidedByIssuer;

    private String reasons;

    @Column(name = "portal_reference", updatable = false)
    private String portalReference;

    /** Grows with every change, so that a portal receiving status changes out of order keeps the latest. */
    private long sequence;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FundingRequest() {
    }

    public static FundingRequest submit(String funder, String owner, UUID contractId, String schemeCode, int schemeVersion,
            Purpose purpose, SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
            String portalReference, Person by, LocalDate on, Instant now) {
        FundingRequest request = new FundingRequest();
        request.id = UUID.randomUUID();
        request.funderTenantId = funder;
        request.ownerTenantId = owner;
        request.contractId = contractId;
        request.schemeCode = schemeCode;
        request.schemeVersion = schemeVersion;
        request.purpose = purpose;
        request.requested = new TreeMap<>(requested);
        request.ownShare = new TreeMap<>(ownShare);
        request.status = RequestStatus.SUBMITTED;
        request.submittedOn = on;
        request.submittedBy = by.subject();
        request.submittedByIssuer = by.issuer();
        request.portalReference = portalReference;
        request.sequence = 1;
        request.createdAt = now;
        return request;
    }

    /** Before instruction starts, the filer may change the amounts (re-checked against the same scheme version). */
    public void amend(Purpose newPurpose, SortedMap<Integer, BigDecimal> newRequested, SortedMap<Integer, BigDecimal> newOwnShare) {
        requireAmendable();
        purpose = newPurpose;
        requested = new TreeMap<>(newRequested);
        ownShare = new TreeMap<>(newOwnShare);
        sequence++;
    }

    /** Amounts change only before the funder starts instructing. */
    public void requireAmendable() {
        requireStatus("amend", RequestStatus.SUBMITTED);
    }

    public void startInstruction(Person by, LocalDate on) {
        requireStatus("start instructing", RequestStatus.SUBMITTED);
        status = RequestStatus.UNDER_INSTRUCTION;
        instructedBy = by.subject();
        instructedByIssuer = by.issuer();
        instructionStartedOn = on;
        sequence++;
    }

    /** Grants per year at most what was asked, for years that were asked; the scheme's caps are checked before. */
    public void grant(SortedMap<Integer, BigDecimal> amounts, String note, Person by, LocalDate on) {
        requireUndecided();
        requireStatus("decide", RequestStatus.UNDER_INSTRUCTION);
        List<Violation> violations = new ArrayList<>();
        amounts.forEach((year, amount) -> {
            BigDecimal asked = requested.get(year);
            if (asked == null) {
                violations.add(Violation.of("granted-years-requested", year + " was not requested", String.valueOf(year)));
            } else if (amount.compareTo(asked) > 0) {
                violations.add(Violation.of("granted-not-above-request", "granted " + amount.toPlainString() + " in " + year
                        + ", above the " + asked.toPlainString() + " requested", amount, String.valueOf(year), asked));
            }
        });
        if (amounts.values().stream().noneMatch(a -> a.signum() > 0)) {
            violations.add(Violation.variant("granted-something", "positive",
                    "a grant gives a positive amount in at least one year; refuse instead"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        granted = new TreeMap<>(amounts);
        status = RequestStatus.GRANTED;
        decide(note, by, on);
    }

    public void refuse(String why, Person by, LocalDate on) {
        requireUndecided();
        requireStatus("decide", RequestStatus.UNDER_INSTRUCTION);
        if (why == null || why.isBlank()) {
            throw new RuleViolationException("refusal-has-reasons", "a refusal says why");
        }
        status = RequestStatus.REFUSED;
        granted = new TreeMap<>();
        decide(why, by, on);
    }

    public void withdraw(LocalDate on) {
        requireUndecided();
        requireStatus("withdraw", RequestStatus.SUBMITTED, RequestStatus.UNDER_INSTRUCTION);
        status = RequestStatus.WITHDRAWN;
        decidedOn = on;
        sequence++;
    }

    /** Counts a change that follows from this request (its convention signed, a payment released or paid). */
    long nextSequence() {
        return ++sequence;
    }

    private void decide(String note, Person by, LocalDate on) {
        reasons = note == null || note.isBlank() ? null : note.strip();
        decidedBy = by.subject();
        decidedByIssuer = by.issuer();
        decidedOn = on;
        sequence++;
    }

    /** A decided request is never decided again. */
    public void requireUndecided() {
        if (status.decided()) {
            throw new RuleViolationException("decided-once", "the request was already " + status.name().toLowerCase()
                    + " on " + decidedOn,
                    status.name(), decidedOn);
        }
    }

    private void requireStatus(String action, RequestStatus... allowed) {
        for (RequestStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolationException("request-status", "cannot " + action + " a request " + status.name().toLowerCase(),
                action, status.name());
    }

    public FundingRequestId id() {
        return new FundingRequestId(id);
    }

    public String funderTenantId() {
        return funderTenantId;
    }

    public String ownerTenantId() {
        return ownerTenantId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String schemeCode() {
        return schemeCode;
    }

    public int schemeVersion() {
        return schemeVersion;
    }

    public Purpose purpose() {
        return purpose;
    }

    public SortedMap<Integer, BigDecimal> requested() {
        return Collections.unmodifiableSortedMap(requested);
    }

    public SortedMap<Integer, BigDecimal> ownShare() {
        return Collections.unmodifiableSortedMap(ownShare);
    }

    /** Empty until granted. */
    public SortedMap<Integer, BigDecimal> granted() {
        return granted == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(granted);
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String instructedBy() {
        return instructedBy;
    }

    /** Who filed it: a person, or the portal's client for a dossier the portal filed. */
    public Person filer() {
        return new Person(submittedByIssuer, submittedBy);
    }

    /** Null before instruction. */
    public Person instructor() {
        return instructedBy == null ? null : new Person(instructedByIssuer, instructedBy);
    }

    /** Null before the decision (a withdrawal is nobody's decision). */
    public Person decider() {
        return decidedBy == null ? null : new Person(decidedByIssuer, decidedBy);
    }

    public LocalDate instructionStartedOn() {
        return instructionStartedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reasons() {
        return reasons;
    }

    public String portalReference() {
        return portalReference;
    }

    public long sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }
}
