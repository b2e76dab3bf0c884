package fr.cls.contract.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.AbstractAggregateRoot;

import fr.cls.contract.contract.ContractStatus;
import fr.cls.platform.domain.RuleViolationException;

/**
 * An avenant to a signed contract, numbered from 1. Keeps, as JSON, the contract as it stood when amended (its
 * fields, signatories, axes and action sheets); the version as signed is kept apart ({@link SignedVersion}).
 * Never changed once recorded. Raises {@link AmendmentSigned}.
 */
@Entity
@Table(name = "contract_amendment")
public class Amendment extends AbstractAggregateRoot<Amendment> {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String changes;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Amendment() {
    }

    static Amendment sign(ContractState contract, int number, String changes, LocalDate signedOn, String snapshot,
            Instant now) {
        contract.requireStatus("amend the contract", ContractStatus.IN_FORCE);
        if (changes == null || changes.isBlank()) {
            throw new RuleViolationException("changes-described", "say what the amendment changes");
        }
        if (signedOn == null || contract.startDate() == null || signedOn.isBefore(contract.startDate())) {
            throw new RuleViolationException("amendment-signed-after-the-contract", "an amendment is signed on or after the contract's start ("
                    + contract.startDate() + "), not " + signedOn, contract.startDate(), signedOn);
        }
        Amendment amendment = new Amendment();
        amendment.id = UUID.randomUUID();
        amendment.contractId = contract.id();
        amendment.ownerTenantId = contract.ownerTenantId();
        amendment.number = number;
        amendment.changes = changes.strip();
        amendment.signedOn = signedOn;
        amendment.snapshot = snapshot;
        amendment.createdAt = now;
        amendment.registerEvent(new AmendmentSigned(amendment.contractId, amendment.id, number, signedOn));
        return amendment;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    public String changes() {
        return changes;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    /** JSON text. */
    public String snapshot() {
        return snapshot;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
