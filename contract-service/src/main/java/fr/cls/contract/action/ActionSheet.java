package fr.cls.contract.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import fr.cls.platform.domain.Money;
import fr.cls.platform.domain.RuleViolationException;

/**
 * A fiche action: one action of an axis, its pilot and partners, schedule, budget (euros, cents) and indicators.
 * Written while the contract is elaborated or in force; indicators are measured while it is in force or evaluated.
 * Each change raises {@link ActionSheetChanged}.
 */
@Entity
@Table(name = "action_sheet")
public class ActionSheet extends AbstractAggregateRoot<ActionSheet> {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "axis_id", nullable = false)
    private UUID axisId;

    private String title;

    private String objective;

    private String pilot;

    @Convert(converter = JsonConverters.Strings.class)
    private List<String> partners = new ArrayList<>();

    @Column(name = "target_public")
    private String targetPublic;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private BigDecimal budget;

    @Convert(converter = JsonConverters.Indicators.class)
    private List<Indicator> indicators = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    /** "funder/code" of the funders' plans the action is aligned with. */
    @Column(name = "funder_plans")
    @Convert(converter = JsonConverters.Strings.class)
    private List<String> funderPlans = new ArrayList<>();

    @Version
    private long version;

    protected ActionSheet() {
    }

    static ActionSheet create(ContractState contract, ActionSheetContent content) {
        contract.requireStatus("write an action sheet", ContractStatus.ELABORATION, ContractStatus.IN_FORCE);
        ActionSheet sheet = new ActionSheet();
        sheet.id = UUID.randomUUID();
        sheet.contractId = contract.id();
        sheet.ownerTenantId = contract.ownerTenantId();
        sheet.apply(content, List.of());
        sheet.changed(ActionSheetChanged.How.CREATED);
        return sheet;
    }

    /** An edit keeps the values already measured for the indicators it keeps (same name). */
    void edit(ContractState contract, ActionSheetContent content) {
        contract.requireStatus("edit an action sheet", ContractStatus.ELABORATION, ContractStatus.IN_FORCE);
        if (status.isFinal()) {
            throw new RuleViolationException("action-sheet-open", "the action is " + status + "; it can no longer be edited", status);
        }
        apply(content, indicators);
        changed(ActionSheetChanged.How.EDITED);
    }

    void measure(ContractState contract, String indicatorName, int year, BigDecimal value) {
        contract.requireStatus("measure an indicator", ContractStatus.IN_FORCE, ContractStatus.EVALUATION);
        contract.requireYearWithin(year);
        if (value == null) {
            throw new RuleViolationException("value-given", "give the measured value");
        }
        int index = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).name().equalsIgnoreCase(indicatorName == null ? "" : indicatorName.strip())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new RuleViolationException("indicator-of-the-sheet", "the action sheet has no indicator '" + indicatorName + "'",
                    indicatorName);
        }
        List<Indicator> changed = new ArrayList<>(indicators);
        changed.set(index, indicators.get(index).measure(year, value));
        indicators = changed;
        changed(ActionSheetChanged.How.MEASURED);
    }

    private void changed(ActionSheetChanged.How how) {
        registerEvent(new ActionSheetChanged(how, contractId, id, axisId, title, status, budget, funderPlans()));
    }

    private void apply(ActionSheetContent content, List<Indicator> previous) {
        if (content.startDate() == null || content.endDate() == null || !content.endDate().isAfter(content.startDate())) {
            throw new RuleViolationException("schedule-in-order", "the action's end (" + content.endDate()
                    + ") must come after its start (" + content.startDate() + ")", content.endDate(), content.startDate());
        }
        List<Indicator> given = content.indicators() == null ? List.of() : content.indicators();
        if (given.stream().map(i -> i.name().toLowerCase()).distinct().count() < given.size()) {
            throw new RuleViolationException("indicator-named-once", "two indicators have the same name");
        }
        Map<String, Indicator> before = previous.stream()
                .collect(Collectors.toMap(i -> i.name().toLowerCase(), Function.identity(), (a, b) -> a));
        budget = Money.euros("budget", content.budget());
        axisId = content.axisId();
        title = content.title().strip();
        objective = content.objective().strip();
        pilot = content.pilot().strip();
        partners = content.partners() == null ? List.of() : content.partners().stream().map(String::strip).toList();
        targetPublic = content.targetPublic();
        startDate = content.startDate();
        endDate = content.endDate();
        indicators = given.stream().map(i -> {
            Indicator old = before.get(i.name().toLowerCase());
            return old == null || !i.measured().isEmpty() ? i : new Indicator(i.name(), i.unit(), i.targetValue(), old.measured());
        }).toList();
        status = content.status() == null ? (status == null ? ActionStatus.PLANNED : status) : content.status();
        funderPlans = content.funderPlans();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID axisId() {
        return axisId;
    }

    public String title() {
        return title;
    }

    public String objective() {
        return objective;
    }

    public String pilot() {
        return pilot;
    }

    public List<String> partners() {
        return List.copyOf(partners);
    }

    public String targetPublic() {
        return targetPublic;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal budget() {
        return budget;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public ActionStatus status() {
        return status;
    }

    public List<String> funderPlans() {
        return funderPlans == null ? List.of() : List.copyOf(funderPlans);
    }

    public long version() {
        return version;
    }
}
