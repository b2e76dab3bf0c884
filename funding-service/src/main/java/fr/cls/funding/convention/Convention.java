package fr.cls.funding.convention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
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

import fr.cls.funding.request.YearAmounts;
import fr.cls.funding.rules.Person;
import fr.cls.platform.domain.RuleViolationException;

/**
 * A convention between a funder and the collectivité carrying a contract: for a granted request, the amounts per
 * year and the validity dates, drafted then signed (its payments are planned at signature); amended or cancelled
 * with its history kept by {@code Conventions}.
 */
@Entity
@Table(name = "convention")
public class Convention {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String funderTenantId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConventionKind kind;

    @Column(name = "request_id", updatable = false)
    private UUID requestId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    private String beneficiary;

    @Convert(converter = YearAmounts.Json.class)
    private SortedMap<Integer, BigDecimal> amounts;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private ConventionStatus status;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    /** Who signed it on the platform; null for a framework convention (signed outside) and before signature. */
    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_by_issuer")
    private String signedByIssuer;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Convention() {
    }

    static Convention financial(String funder, String owner, UUID requestId, UUID contractId, String beneficiary,
            SortedMap<Integer, BigDecimal> granted, LocalDate validFrom, LocalDate validUntil, Instant now) {
        Convention c = base(funder, owner, ConventionKind.FINANCIAL, contractId, beneficiary, validFrom, validUntil, now);
        c.requestId = requestId;
        c.amounts = new TreeMap<>(granted);
        c.requireYearsCovered();
        return c;
    }

    /** A framework convention is recorded as signed: it exists outside the platform. */
    static Convention framework(String funder, String owner, UUID contractId, String beneficiary, LocalDate validFrom,
            LocalDate validUntil, LocalDate signedOn, Instant now) {
        Convention c = base(funder, owner, ConventionKind.FRAMEWORK, contractId, beneficiary, validFrom, validUntil, now);
        c.amounts = new TreeMap<>();
        c.status = ConventionStatus.SIGNED;
        c.signedOn = signedOn;
        return c;
    }

    private static Convention base(String funder, String owner, ConventionKind kind, UUID contractId, String beneficiary,
            LocalDate validFrom, LocalDate validUntil, Instant now) {
        if (validUntil.isBefore(validFrom)) {
            throw new RuleViolationException("convention-dates-in-order", "the convention ends (" + validUntil
                    + ") before it starts (" + validFrom + ")", validUntil, validFrom);
        }
        Convention c = new Convention();
        c.id = UUID.randomUUID();
        c.funderTenantId = funder;
        c.ownerTenantId = owner;
        c.kind = kind;
        c.contractId = contractId;
        c.beneficiary = beneficiary.strip();
        c.validFrom = validFrom;
        c.validUntil = validUntil;
        c.status = ConventionStatus.DRAFT;
        c.createdAt = now;
        return c;
    }

    void sign(LocalDate on, Person by) {
        requireStatus("sign", ConventionStatus.DRAFT);
        status = ConventionStatus.SIGNED;
        signedOn = on;
        signedBy = by.subject();
        signedByIssuer = by.issuer();
    }

    /** New amounts per year, never above what the decision granted. */
    void amend(SortedMap<Integer, BigDecimal> newAmounts, SortedMap<Integer, BigDecimal> granted) {
        requireStatus("amend", ConventionStatus.DRAFT, ConventionStatus.SIGNED);
        if (kind != ConventionKind.FINANCIAL) {
            throw new RuleViolationException("amend-financial-only", "a framework convention has no amounts to amend");
        }
        newAmounts.forEach((year, amount) -> {
            BigDecimal decided = granted.get(year);
            if (decided == null || amount.compareTo(decided) > 0) {
                throw new RuleViolationException("amended-within-grant", "in " + year + " the convention may carry at most "
                        + (decided == null ? "nothing (not granted)" : decided.toPlainString()) + ", not " + amount.toPlainString(),
                        String.valueOf(year), decided == null ? BigDecimal.ZERO : decided, amount);
            }
        });
        amounts = new TreeMap<>(newAmounts);
        requireYearsCovered();
    }

    void cancel(String reason, LocalDate on) {
        requireStatus("cancel", ConventionStatus.DRAFT, ConventionStatus.SIGNED);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("cancellation-has-reason", "a cancellation says why");
        }
        status = ConventionStatus.CANCELLED;
        cancelledOn = on;
        cancelReason = reason.strip();
    }

    private void requireYearsCovered() {
        amounts.keySet().stream().filter(y -> y < validFrom.getYear() || y > validUntil.getYear()).findFirst().ifPresent(y -> {
            throw new RuleViolationException("convention-covers-years", "the convention (" + validFrom + " to " + validUntil
                    + ") does not cover " + y, validFrom, validUntil, String.valueOf(y));
        });
    }

    private void requireStatus(String action, ConventionStatus... allowed) {
        for (ConventionStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolationException("convention-status", "cannot " + action + " a convention " + status.name().toLowerCase(),
                action, status.name());
    }

    public UUID id() {
        return id;
    }

    public String funderTenantId() {
        return funderTenantId;
    }

    public String ownerTenantId() {
        return ownerTenantId;
    }

    public ConventionKind kind() {
        return kind;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String beneficiary() {
        return beneficiary;
    }

    public SortedMap<Integer, BigDecimal> amounts() {
        return Collections.unmodifiableSortedMap(amounts);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public ConventionStatus status() {
        return status;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }
}
