package fr.cls.contract.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import fr.cls.contract.contract.ContractStatus;
import fr.cls.platform.domain.RuleViolationException;

/**
 * The action sheets a contract plans for one year, drafted and submitted by the owner, validated by the COPIL. Each
 * step raises {@link ProgrammingChanged}.
 */
@Entity
@Table(name = "annual_programming")
public class Programming extends AbstractAggregateRoot<Programming> {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    private ProgrammingStatus status;

    @Column(name = "action_sheet_ids")
    @Convert(converter = JsonConverters.Uuids.class)
    private List<UUID> actionSheetIds = new ArrayList<>();

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "validated_on")
    private LocalDate validatedOn;

    @Column(name = "body_id")
    private UUID bodyId;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Version
    private long version;

    protected Programming() {
    }

    /** @param sheetsOfTheContract ids of the contract's action sheets, to check the planned ones against */
    static Programming draft(ContractState contract, int year, List<UUID> planned, List<UUID> sheetsOfTheContract) {
        Programming programming = new Programming();
        programming.id = UUID.randomUUID();
        programming.contractId = contract.id();
        programming.ownerTenantId = contract.ownerTenantId();
        programming.year = year;
        programming.status = ProgrammingStatus.DRAFT;
        programming.plan(contract, planned, sheetsOfTheContract);
        return programming;
    }

    void plan(ContractState contract, List<UUID> planned, List<UUID> sheetsOfTheContract) {
        contract.requireStatus("program the year", ContractStatus.IN_FORCE);
        contract.requireYearWithin(year);
        requireStatus("change the programming", ProgrammingStatus.DRAFT);
        List<UUID> given = planned == null ? List.of() : List.copyOf(new LinkedHashSet<>(planned));
        List<UUID> foreign = given.stream().filter(id -> !sheetsOfTheContract.contains(id)).toList();
        if (!foreign.isEmpty()) {
            throw new RuleViolationException("action-sheets-of-the-contract", "not action sheets of this contract: " + foreign, foreign);
        }
        actionSheetIds = given;
        changed();
    }

    void submit(ContractState contract, LocalDate on) {
        contract.requireStatus("submit the programming", ContractStatus.IN_FORCE);
        requireStatus("submit the programming", ProgrammingStatus.DRAFT);
        if (actionSheetIds.isEmpty()) {
            throw new RuleViolationException("programming-not-empty", "plan at least one action sheet before submitting");
        }
        submittedOn = on;
        status = ProgrammingStatus.SUBMITTED;
        changed();
    }

    /** The COPIL's validation: only a submitted programming is validated. @return whether it applied */
    boolean validate(LocalDate decidedOn, UUID body, UUID meeting) {
        if (status != ProgrammingStatus.SUBMITTED) {
            return false;
        }
        validatedOn = decidedOn;
        bodyId = body;
        meetingId = meeting;
        status = ProgrammingStatus.VALIDATED;
        changed();
        return true;
    }

    private void changed() {
        registerEvent(new ProgrammingChanged(contractId, year, status, actionSheetIds()));
    }

    private void requireStatus(String action, ProgrammingStatus allowed) {
        if (status != allowed) {
            throw new RuleViolationException("programming-status-allows", "cannot " + action + " of " + year
                    + ": it is " + status + ", must be " + allowed, action, String.valueOf(year), status,
                    allowed);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int year() {
        return year;
    }

    public ProgrammingStatus status() {
        return status;
    }

    public List<UUID> actionSheetIds() {
        return List.copyOf(actionSheetIds);
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public LocalDate validatedOn() {
        return validatedOn;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public long version() {
        return version;
    }
}
