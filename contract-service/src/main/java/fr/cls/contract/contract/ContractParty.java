package fr.cls.contract.contract;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A tenant taking part in a contract owned by another: it may read the contract and what hangs off it. */
@Entity
@Table(name = "contract_party")
@IdClass(ContractParty.Key.class)
public class ContractParty {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ContractParty() {
    }

    ContractParty(Contract contract, String tenantId, PartyRole role, Instant now) {
        this.contractId = contract.id().value();
        this.tenantId = tenantId;
        this.ownerTenantId = contract.tenantId();
        this.role = role;
        this.addedAt = now;
    }

    public String tenantId() {
        return tenantId;
    }

    public PartyRole role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }

    record Key(UUID contractId, String tenantId) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
