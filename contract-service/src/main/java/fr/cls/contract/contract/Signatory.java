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

    protected Signatory() {
    }

    Signatory(String ownerTenantId, String organisation, SignatoryKind kind) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.organisation = organisation.strip();
        this.kind = kind;
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

    public LocalDate signedOn() {
        return signedOn;
    }

    boolean signed() {
        return signedOn != null;
    }
}
