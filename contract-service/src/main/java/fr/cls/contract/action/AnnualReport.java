package fr.cls.contract.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import fr.cls.platform.domain.Money;
import fr.cls.platform.domain.RuleViolationException;

/**
 * The bilan annuel: what was done in a year, the indicators' values and the credits used. Raises
 * {@link AnnualReportDrafted} when written, {@link AnnualReportSubmitted} when submitted.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends AbstractAggregateRoot<AnnualReport> {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String achievements;

    @Column(name = "indicator_values")
    @Convert(converter = JsonConverters.IndicatorValues.class)
    private List<IndicatorValue> indicatorValues = new ArrayList<>();

    @Column(name = "credits_used")
    private BigDecimal creditsUsed;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Version
    private long version;

    protected AnnualReport() {
    }

    static AnnualReport draft(ContractState contract, int year, String achievements, List<IndicatorValue> values,
            BigDecimal creditsUsed) {
        AnnualReport report = new AnnualReport();
        report.id = UUID.randomUUID();
        report.contractId = contract.id();
        report.ownerTenantId = contract.ownerTenantId();
        report.year = year;
        report.status = ReportStatus.DRAFT;
        report.write(contract, achievements, values, creditsUsed);
        return report;
    }

    void write(ContractState contract, String text, List<IndicatorValue> values, BigDecimal credits) {
        contract.requireStatus("write the annual report", ContractStatus.IN_FORCE, ContractStatus.EVALUATION);
        contract.requireYearWithin(year);
        requireDraft("change the annual report");
        creditsUsed = Money.euros("creditsUsed", credits);
        achievements = text == null ? "" : text.strip();
        indicatorValues = values == null ? List.of() : List.copyOf(values);
        registerEvent(new AnnualReportDrafted(contractId, year));
    }

    void submit(ContractState contract, LocalDate on) {
        contract.requireStatus("submit the annual report", ContractStatus.IN_FORCE, ContractStatus.EVALUATION);
        requireDraft("submit the annual report");
        if (achievements.isBlank()) {
            throw new RuleViolationException("achievements-written", "say what was done before submitting");
        }
        submittedOn = on;
        status = ReportStatus.SUBMITTED;
        registerEvent(new AnnualReportSubmitted(contractId, year, on));
    }

    private void requireDraft(String action) {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolationException("annual-report-status-allows", "cannot " + action + " of " + year
                    + ": it is " + status + ", must be DRAFT", action, String.valueOf(year), status);
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

    public ReportStatus status() {
        return status;
    }

    public String achievements() {
        return achievements;
    }

    public List<IndicatorValue> indicatorValues() {
        return List.copyOf(indicatorValues);
    }

    public BigDecimal creditsUsed() {
        return creditsUsed;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    /** When the COPIL adopted the submitted report (null until then). */
    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    /** The COPIL adopted the report, from governance-service: only a submitted report is adopted. */
    boolean adopt(LocalDate on) {
        if (status != ReportStatus.SUBMITTED) {
            return false;
        }
        adoptedOn = on;
        return true;
    }

    public long version() {
        return version;
    }
}
