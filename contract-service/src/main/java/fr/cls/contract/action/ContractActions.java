package fr.cls.contract.action;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.change.AggregateChanges;
import fr.cls.contract.change.AggregateChanges.Changes;
import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.Contracts;
import fr.cls.contract.funderplan.FunderPlans;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;
import fr.cls.platform.security.Roles;

/**
 * Axes, action sheets, annual programming, annual reports and amendments of a contract, on behalf of the current
 * tenant: the owner's ARS staff write (and the contract's coordinator, its sheets, programming and reports), the owner
 * and the parties read, anyone else gets 404. Each write goes through {@link AggregateChanges}: the version the caller
 * saw is checked, the change audited, and the events the aggregate raised published in the same transaction.
 */
@Service
public class ContractActions {

    private final Contracts contracts;
    private final AxisRepository axes;
    private final ActionSheetRepository sheets;
    private final ProgrammingRepository programmings;
    private final AnnualReportRepository reports;
    private final AmendmentRepository amendments;
    private final ContractSnapshots snapshots;
    private final Clock clock;
    private final FunderPlans funderPlans;
    private final Changes<Axis> axisChanges;
    private final Changes<ActionSheet> sheetChanges;
    private final Changes<Programming> programmingChanges;
    private final Changes<AnnualReport> reportChanges;
    private final Changes<Amendment> amendmentChanges;

    ContractActions(Contracts contracts, AxisRepository axes, ActionSheetRepository sheets,
            ProgrammingRepository programmings, AnnualReportRepository reports, AmendmentRepository amendments,
            ContractSnapshots snapshots, AggregateChanges changes, Clock clock, FunderPlans funderPlans) {
        this.contracts = contracts;
        this.axes = axes;
        this.sheets = sheets;
        this.programmings = programmings;
        this.reports = reports;
        this.amendments = amendments;
        this.snapshots = snapshots;
        this.clock = clock;
        this.funderPlans = funderPlans;
        this.axisChanges = axisChanges(changes, axes);
        this.sheetChanges = changes.of("action-sheet", sheets::saveAndFlush, s -> "action sheet " + s.id(), ActionSheet::id,
                ActionSheet::version);
        this.programmingChanges = changes.of("programming", programmings::saveAndFlush, p -> "programming " + p.year(),
                Programming::id, Programming::version);
        this.reportChanges = changes.of("annual-report", reports::saveAndFlush, r -> "annual report " + r.year(), AnnualReport::id,
                AnnualReport::version);
        this.amendmentChanges = changes.of("amendment", amendments::saveAndFlush, a -> "amendment " + a.number(), Amendment::id,
                a -> null);
    }

    // ---- axes

    /** Axes are added here and come with an imported contract ({@link ImportedAxes}), audited alike. */
    static Changes<Axis> axisChanges(AggregateChanges changes, AxisRepository axes) {
        return changes.of("contract-axis", axes::saveAndFlush, a -> "axis " + a.id(), Axis::id, Axis::version);
    }

    @Transactional(readOnly = true)
    public List<Axis> axes(ContractId id) {
        return axes.findByContractIdOrderByPositionAscCodeAsc(visible(id).id());
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Axis addAxis(ContractId id, String code, String title, int order) {
        ContractState contract = owned(id);
        if (axes.existsByContractIdAndCodeIgnoreCase(contract.id(), code.strip())) {
            throw new RuleViolationException("axis-code-unique", "the contract already has an axis " + code.strip(),
                    code.strip());
        }
        return axisChanges.create("contract.axis-create", Axis.create(contract, code, title, order));
    }

    // ---- action sheets

    @Transactional(readOnly = true)
    public List<ActionSheet> sheets(ContractId id) {
        return sheets.findByContractIdOrderByTitle(visible(id).id());
    }

    /** The contract's tableau de bord: sheets by status, budget, indicators against their targets. */
    @Transactional(readOnly = true)
    public ContractProgress progress(ContractId id) {
        return ContractProgress.of(sheets(id));
    }

    @Transactional(readOnly = true)
    public ActionSheet sheet(ContractId id, UUID sheetId) {
        return sheets.findByIdAndContractId(sheetId, visible(id).id())
                .orElseThrow(() -> new NotFoundException("action sheet", sheetId));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ActionSheet createSheet(ContractId id, ActionSheetContent content) {
        ContractState contract = owned(id);
        requireAxis(contract, content.axisId());
        funderPlans.requireKnown("funderPlans", content.funderPlans());
        return sheetChanges.create("contract.action-sheet-create", ActionSheet.create(contract, content));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ActionSheet editSheet(ContractId id, UUID sheetId, Long seenVersion, ActionSheetContent content) {
        ContractState contract = owned(id);
        return sheetChanges.change("contract.action-sheet-edit", () -> ownedSheet(contract, sheetId), seenVersion, sheet -> {
            requireAxis(contract, content.axisId());
            funderPlans.requireKnown("funderPlans", content.funderPlans());
            sheet.edit(contract, content);
        });
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ActionSheet measure(ContractId id, UUID sheetId, Long seenVersion, String indicator, int year, BigDecimal value) {
        ContractState contract = owned(id);
        return sheetChanges.change("contract.action-sheet-measure", () -> ownedSheet(contract, sheetId), seenVersion,
                sheet -> sheet.measure(contract, indicator, year, value));
    }

    // ---- annual programming

    @Transactional(readOnly = true)
    public Programming programming(ContractId id, int year) {
        return programmings.findByContractIdAndYear(visible(id).id(), year)
                .orElseThrow(() -> new NotFoundException("programming", id + "/" + year));
    }

    /** Creates the year's draft, or replaces the sheets planned in it. */
    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Programming plan(ContractId id, int year, Long seenVersion, List<UUID> actionSheetIds) {
        ContractState contract = owned(id);
        List<UUID> ofTheContract = sheetIdsOf(contract);
        return programmings.findByContractIdAndYear(contract.id(), year)
                .map(existing -> programmingChanges.change("contract.programming-plan", () -> existing, seenVersion,
                        p -> p.plan(contract, actionSheetIds, ofTheContract)))
                .orElseGet(() -> programmingChanges.create("contract.programming-plan",
                        Programming.draft(contract, year, actionSheetIds, ofTheContract)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Programming submitProgramming(ContractId id, int year, Long seenVersion, LocalDate on) {
        ContractState contract = owned(id);
        return programmingChanges.change("contract.programming-submit", () -> programmings
                .findByContractIdAndYear(contract.id(), year)
                .orElseThrow(() -> new NotFoundException("programming", id + "/" + year)), seenVersion,
                p -> p.submit(contract, day(on)));
    }

    // ---- annual reports

    @Transactional(readOnly = true)
    public AnnualReport report(ContractId id, int year) {
        return reports.findByContractIdAndYear(visible(id).id(), year)
                .orElseThrow(() -> new NotFoundException("annual report", id + "/" + year));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public AnnualReport writeReport(ContractId id, int year, Long seenVersion, String achievements,
            List<IndicatorValue> values, BigDecimal creditsUsed) {
        ContractState contract = owned(id);
        List<UUID> ofTheContract = sheetIdsOf(contract);
        if (values != null && values.stream().anyMatch(v -> !ofTheContract.contains(v.actionSheetId()))) {
            throw new RuleViolationException(Violation.variant("action-sheets-of-the-contract", "indicator-value",
                    "an indicator value names an action sheet of another contract"));
        }
        return reports.findByContractIdAndYear(contract.id(), year)
                .map(existing -> reportChanges.change("contract.annual-report-write", () -> existing, seenVersion,
                        r -> r.write(contract, achievements, values, creditsUsed)))
                .orElseGet(() -> reportChanges.create("contract.annual-report-write",
                        AnnualReport.draft(contract, year, achievements, values, creditsUsed)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public AnnualReport submitReport(ContractId id, int year, Long seenVersion, LocalDate on) {
        ContractState contract = owned(id);
        return reportChanges.change("contract.annual-report-submit", () -> reports
                .findByContractIdAndYear(contract.id(), year)
                .orElseThrow(() -> new NotFoundException("annual report", id + "/" + year)), seenVersion,
                r -> r.submit(contract, day(on)));
    }

    // ---- amendments

    @Transactional(readOnly = true)
    public List<Amendment> amendments(ContractId id) {
        return amendments.findByContractIdOrderByNumber(visible(id).id());
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF)
    public Amendment amend(ContractId id, String changes, LocalDate signedOn) {
        Contract contract = ownedContract(id);
        ContractState state = state(contract);
        int number = (int) amendments.countByContractId(state.id()) + 1;
        return amendmentChanges.create("contract.amend", Amendment.sign(state, number, changes, signedOn,
                snapshots.of(contract), clock.instant()));
    }

    // ---- shared

    private void requireAxis(ContractState contract, UUID axisId) {
        if (axisId == null || axes.findByIdAndContractId(axisId, contract.id()).isEmpty()) {
            throw new RuleViolationException("axis-of-the-contract", "the axis " + axisId + " is not an axis of this contract", axisId);
        }
    }

    private ActionSheet ownedSheet(ContractState contract, UUID sheetId) {
        return sheets.findByIdAndContractId(sheetId, contract.id())
                .orElseThrow(() -> new NotFoundException("action sheet", sheetId));
    }

    private List<UUID> sheetIdsOf(ContractState contract) {
        return sheets.findByContractIdOrderByTitle(contract.id()).stream().map(ActionSheet::id).toList();
    }

    private LocalDate day(LocalDate given) {
        return given == null ? LocalDate.now(clock) : given;
    }

    private ContractState visible(ContractId id) {
        return state(contracts.get(id));
    }

    private ContractState owned(ContractId id) {
        return state(ownedContract(id));
    }

    /** For writes: the owner gets its contract; a party is told it may not write; anyone else gets 404. */
    private Contract ownedContract(ContractId id) {
        Contract contract = contracts.get(id);
        if (!contract.tenantId().equals(TenantContext.require())) {
            throw new AccessDeniedException("only the owner of the contract may change it");
        }
        return contract;
    }

    private static ContractState state(Contract c) {
        return new ContractState(c.id().value(), c.tenantId(), c.status(), c.startDate(), c.endDate());
    }
}
