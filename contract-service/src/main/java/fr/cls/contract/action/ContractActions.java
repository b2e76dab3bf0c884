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

import fr.cls.contract.contract.Contract;
import fr.cls.contract.contract.ContractId;
import fr.cls.contract.contract.Contracts;
import fr.cls.contract.events.ActionSheetChangedV1;
import fr.cls.contract.events.AmendmentSignedV1;
import fr.cls.contract.events.AnnualReportDraftedV1;
import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.AxisCreatedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ProgrammingChangedV1;
import fr.cls.contract.funderplan.FunderPlans;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.RuleViolationException.Violation;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.Roles;

/**
 * Axes, action sheets, annual programming, annual reports and amendments of a contract, on behalf of the current
 * tenant: the owner's ARS staff write (and the contract's coordinator, its sheets, programming and reports), the owner
 * and the parties read, anyone else gets 404. Each write checks the
 * version the caller saw (when given), is audited and publishes its event in the same transaction.
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
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final FunderPlans funderPlans;

    ContractActions(Contracts contracts, AxisRepository axes, ActionSheetRepository sheets,
            ProgrammingRepository programmings, AnnualReportRepository reports, AmendmentRepository amendments,
            ContractSnapshots snapshots, OutboxEventPublisher outbox, AuditTrail audit, Clock clock, FunderPlans funderPlans) {
        this.contracts = contracts;
        this.axes = axes;
        this.sheets = sheets;
        this.programmings = programmings;
        this.reports = reports;
        this.amendments = amendments;
        this.snapshots = snapshots;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.funderPlans = funderPlans;
    }

    // ---- axes

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
        Axis axis = axes.saveAndFlush(Axis.create(contract, code, title, order));
        audit.record("contract.axis-create", "contract-axis", axis.id().toString(), null, axis.version());
        publish(AxisCreatedV1.TYPE, contract, new AxisCreatedV1(contract.id(), axis.id(), axis.code(), axis.title()));
        return axis;
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
        ActionSheet sheet = sheets.saveAndFlush(ActionSheet.create(contract, content));
        audit.record("contract.action-sheet-create", "action-sheet", sheet.id().toString(), null, sheet.version());
        publish(ActionSheetChangedV1.TYPE_CREATED, contract, changed(sheet));
        return sheet;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ActionSheet editSheet(ContractId id, UUID sheetId, Long seenVersion, ActionSheetContent content) {
        ContractState contract = owned(id);
        ActionSheet sheet = ownedSheet(contract, sheetId);
        Versions.check("action sheet " + sheetId, sheet.version(), seenVersion);
        requireAxis(contract, content.axisId());
        funderPlans.requireKnown("funderPlans", content.funderPlans());
        long before = sheet.version();
        sheet.edit(contract, content);
        ActionSheet saved = sheets.saveAndFlush(sheet);
        audit.record("contract.action-sheet-edit", "action-sheet", sheetId.toString(), before, saved.version());
        publish(ActionSheetChangedV1.TYPE_UPDATED, contract, changed(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public ActionSheet measure(ContractId id, UUID sheetId, Long seenVersion, String indicator, int year, BigDecimal value) {
        ContractState contract = owned(id);
        ActionSheet sheet = ownedSheet(contract, sheetId);
        Versions.check("action sheet " + sheetId, sheet.version(), seenVersion);
        long before = sheet.version();
        sheet.measure(contract, indicator, year, value);
        ActionSheet saved = sheets.saveAndFlush(sheet);
        audit.record("contract.action-sheet-measure", "action-sheet", sheetId.toString(), before, saved.version());
        publish(ActionSheetChangedV1.TYPE_MEASURED, contract, changed(saved));
        return saved;
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
        List<UUID> ofTheContract = sheets.findByContractIdOrderByTitle(contract.id()).stream().map(ActionSheet::id).toList();
        Programming existing = programmings.findByContractIdAndYear(contract.id(), year).orElse(null);
        Long before = null;
        Programming programming;
        if (existing == null) {
            programming = Programming.draft(contract, year, actionSheetIds, ofTheContract);
        } else {
            Versions.check("programming " + year, existing.version(), seenVersion);
            before = existing.version();
            existing.plan(contract, actionSheetIds, ofTheContract);
            programming = existing;
        }
        Programming saved = programmings.saveAndFlush(programming);
        audit.record("contract.programming-plan", "programming", saved.id().toString(), before, saved.version());
        publish(ProgrammingChangedV1.TYPE_DRAFTED, contract, changed(saved));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public Programming submitProgramming(ContractId id, int year, Long seenVersion, LocalDate on) {
        ContractState contract = owned(id);
        Programming programming = programmings.findByContractIdAndYear(contract.id(), year)
                .orElseThrow(() -> new NotFoundException("programming", id + "/" + year));
        Versions.check("programming " + year, programming.version(), seenVersion);
        long before = programming.version();
        programming.submit(contract, day(on));
        Programming saved = programmings.saveAndFlush(programming);
        audit.record("contract.programming-submit", "programming", saved.id().toString(), before, saved.version());
        publish(ProgrammingChangedV1.TYPE_SUBMITTED, contract, changed(saved));
        return saved;
    }

    static ProgrammingChangedV1 changed(Programming p) {
        return new ProgrammingChangedV1(p.contractId(), p.year(), p.status().name(), p.actionSheetIds());
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
        List<UUID> ofTheContract = sheets.findByContractIdOrderByTitle(contract.id()).stream().map(ActionSheet::id).toList();
        if (values != null && values.stream().anyMatch(v -> !ofTheContract.contains(v.actionSheetId()))) {
            throw new RuleViolationException(Violation.variant("action-sheets-of-the-contract", "indicator-value",
                    "an indicator value names an action sheet of another contract"));
        }
        AnnualReport existing = reports.findByContractIdAndYear(contract.id(), year).orElse(null);
        Long before = null;
        AnnualReport report;
        if (existing == null) {
            report = AnnualReport.draft(contract, year, achievements, values, creditsUsed);
        } else {
            Versions.check("annual report " + year, existing.version(), seenVersion);
            before = existing.version();
            existing.write(contract, achievements, values, creditsUsed);
            report = existing;
        }
        AnnualReport saved = reports.saveAndFlush(report);
        audit.record("contract.annual-report-write", "annual-report", saved.id().toString(), before, saved.version());
        publish(AnnualReportDraftedV1.TYPE, contract, new AnnualReportDraftedV1(contract.id(), year));
        return saved;
    }

    @Transactional
    @PreAuthorize(Roles.IS_ARS_STAFF_OR_COORDINATOR)
    public AnnualReport submitReport(ContractId id, int year, Long seenVersion, LocalDate on) {
        ContractState contract = owned(id);
        AnnualReport report = reports.findByContractIdAndYear(contract.id(), year)
                .orElseThrow(() -> new NotFoundException("annual report", id + "/" + year));
        Versions.check("annual report " + year, report.version(), seenVersion);
        long before = report.version();
        report.submit(contract, day(on));
        AnnualReport saved = reports.saveAndFlush(report);
        audit.record("contract.annual-report-submit", "annual-report", saved.id().toString(), before, saved.version());
        publish(AnnualReportSubmittedV1.TYPE, contract, new AnnualReportSubmittedV1(contract.id(), year, saved.submittedOn()));
        return saved;
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
        Amendment amendment = amendments.saveAndFlush(Amendment.sign(state, number, changes, signedOn,
                snapshots.of(contract), clock.instant()));
        audit.record("contract.amend", "amendment", amendment.id().toString(), null, null);
        publish(AmendmentSignedV1.TYPE, state, new AmendmentSignedV1(state.id(), amendment.id(), number, signedOn));
        return amendment;
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

    private static ActionSheetChangedV1 changed(ActionSheet s) {
        return new ActionSheetChangedV1(s.contractId(), s.id(), s.axisId(), s.title(), s.status().name(), s.budget(),
                s.funderPlans());
    }

    private void publish(String type, ContractState contract, Object payload) {
        outbox.publish(ContractEvents.TOPIC, type, contract.id().toString(), payload);
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
