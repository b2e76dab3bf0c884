package fr.cls.contract.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/** A local health contract, owned by the ARS tenant that steers it. Guards its own state changes. */
@Entity
@Table(name = "contract")
public class Contract extends AbstractAggregateRoot<Contract> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    private ContractKind kind;

    private String title;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Column(name = "letter_of_intent_received_on")
    private LocalDate letterOfIntentReceivedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Contract() {
    }

    static Contract initiate(String tenantId, ContractKind kind, String title, LocalDate letterOfIntentReceivedOn,
            Instant now) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.tenantId = tenantId;
        contract.kind = kind;
        contract.title = title.strip();
        contract.letterOfIntentReceivedOn = letterOfIntentReceivedOn;
        contract.status = ContractStatus.LETTER_OF_INTENT_RECEIVED;
        contract.createdAt = now;
        contract.registerEvent(new ContractInitiated(contract.id(), tenantId, kind, contract.title, contract.status,
                letterOfIntentReceivedOn));
        return contract;
    }

    /** Events registered and not yet published (they leave when the repository saves the contract). */
    Collection<Object> registeredEvents() {
        return domainEvents();
    }

    public ContractId id() {
        return new ContractId(id);
    }

    public String tenantId() {
        return tenantId;
    }

    public ContractKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate letterOfIntentReceivedOn() {
        return letterOfIntentReceivedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
