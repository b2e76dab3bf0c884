package fr.cls.contract.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The contract as signed, kept as JSON when it comes into force (or is imported in force), one per contract. Never
 * changed: neither edits of its action sheets nor amendments touch it, and the database refuses updates.
 */
@Entity
@Table(name = "contract_signed_version")
public class SignedVersion {

    /** How the platform learnt of the signature. */
    public enum Origin {
        /** Signed on the platform: every signatory signed and an approver put it in force. */
        SIGNATURE,
        /** Signed before the platform existed and imported with its dates and signatures. */
        IMPORT
    }

    @Id
    @Column(name = "contract_id", updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Origin origin;

    @Column(name = "in_force_on", nullable = false, updatable = false)
    private LocalDate inForceOn;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SignedVersion() {
    }

    SignedVersion(UUID contractId, String ownerTenantId, Origin origin, LocalDate inForceOn, String snapshot, Instant now) {
        this.contractId = contractId;
        this.ownerTenantId = ownerTenantId;
        this.origin = origin;
        this.inForceOn = inForceOn;
        this.snapshot = snapshot;
        this.recordedAt = now;
    }

    public UUID contractId() {
        return contractId;
    }

    public Origin origin() {
        return origin;
    }

    /** The day the contract came into force on the platform (for an import: its start date). */
    public LocalDate inForceOn() {
        return inForceOn;
    }

    /** JSON text. */
    public String snapshot() {
        return snapshot;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
