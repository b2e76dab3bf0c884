package fr.cls.contract.action;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import fr.cls.contract.contract.ContractStatus;

/** A strategic axis of a contract (e.g. "1. Accès aux soins"). Raises {@link AxisCreated}. */
@Entity
@Table(name = "contract_axis")
public class Axis extends AbstractAggregateRoot<Axis> {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    private String code;

    private String title;

    private int position;

    @Version
    private long version;

    protected Axis() {
    }

    static Axis create(ContractState contract, String code, String title, int position) {
        contract.requireStatus("add an axis", ContractStatus.ELABORATION, ContractStatus.IN_FORCE);
        return of(contract.id(), contract.ownerTenantId(), code, title, position);
    }

    /** An axis a contract was signed with before the platform existed: recorded with its import, whatever its status. */
    static Axis imported(UUID contractId, String ownerTenantId, int position, String title) {
        return of(contractId, ownerTenantId, "A" + position, title, position);
    }

    private static Axis of(UUID contractId, String ownerTenantId, String code, String title, int position) {
        Axis axis = new Axis();
        axis.id = UUID.randomUUID();
        axis.contractId = contractId;
        axis.ownerTenantId = ownerTenantId;
        axis.code = code.strip();
        axis.title = title.strip();
        axis.position = position;
        axis.registerEvent(new AxisCreated(contractId, axis.id, axis.code, axis.title));
        return axis;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
