package fr.cls.contract.contract;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation that signs the contract, and when it did. Part of the contract aggregate. */
@Entity
@Table(name = "contract_signatory")
public class Signatory {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    private SignatoryKind kind;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    /** One of the collectivités carrying the contract. */
    private boolean carrier;

    protected Signatory() {
    }

    Signatory(String ownerTenantId, String organisation, SignatoryKind kind, boolean carrier) {
        if (carrier && kind != SignatoryKind.COLLECTIVITE) {
            throw new fr.cls.platform.domain.RuleViolationException("carrier-is-a-collectivite",
                    "only a collectivité carries a contract");
        }
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.organisation = organisation.strip();
        this.kind = kind;
        this.carrier = carrier;
    }

    /** The same organisation listed on a renewed contract: it has to sign the new one. */
    Signatory unsignedCopy() {
        return new Signatory(ownerTenantId, organisation, kind, carrier);
    }

    void sign(LocalDate on) {
        this.signedOn = on;
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public SignatoryKind kind() {
        return kind;
    }

    public boolean carrier() {
        return carrier;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    boolean signed() {
        return signedOn != null;
    }
}
