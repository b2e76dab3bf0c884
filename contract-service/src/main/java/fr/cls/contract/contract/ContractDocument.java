package fr.cls.contract.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of the contract, as metadata: what it is and where it is kept. Part of the contract aggregate. */
@Entity
@Table(name = "contract_document")
public class ContractDocument {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    /** A URL or an archive reference. */
    private String reference;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ContractDocument() {
    }

    ContractDocument(String ownerTenantId, String title, DocumentKind kind, String reference, LocalDate issuedOn, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerTenantId = ownerTenantId;
        this.title = title.strip();
        this.kind = kind;
        this.reference = reference.strip();
        this.issuedOn = issuedOn;
        this.addedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
