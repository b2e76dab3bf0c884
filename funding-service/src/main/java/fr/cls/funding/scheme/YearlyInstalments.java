package fr.cls.funding.scheme;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Payment: the grant is paid year by year, possibly only once the previous year's annual report is in
 * ({@code previousAnnualReportRequired}) and, or, once the COPIL has adopted it
 * ({@code previousAnnualReportAdoptionRequired}; absent from versions published before it existed, which means no).
 * Nothing to check when the request is made; the payment side asks {@link #releasable}.
 */
public record YearlyInstalments(boolean previousAnnualReportRequired, boolean previousAnnualReportAdoptionRequired)
        implements SchemeRule {

    public static final String CODE = "yearly-instalments";

    /** Without the adoption condition, as every version published before it existed. */
    public YearlyInstalments(boolean previousAnnualReportRequired) {
        this(previousAnnualReportRequired, false);
    }

    /** From JSON: a missing adoption condition is no condition (stored versions and seeds written before it). */
    @JsonCreator
    static YearlyInstalments fromJson(@JsonProperty("previousAnnualReportRequired") boolean previousAnnualReportRequired,
            @JsonProperty("previousAnnualReportAdoptionRequired") Boolean previousAnnualReportAdoptionRequired) {
        return new YearlyInstalments(previousAnnualReportRequired, Boolean.TRUE.equals(previousAnnualReportAdoptionRequired));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        if (previousAnnualReportRequired && previousAnnualReportAdoptionRequired) {
            return RuleOutcome.passed(CODE, "Versement chaque année, sur bilan annuel de l'année précédente reçu et adopté par le COPIL",
                    "Paid each year, once the previous year's annual report is received and adopted by the COPIL");
        }
        if (previousAnnualReportAdoptionRequired) {
            return RuleOutcome.passed(CODE, "Versement chaque année, sur adoption par le COPIL du bilan annuel de l'année précédente",
                    "Paid each year, once the COPIL has adopted the previous year's annual report");
        }
        return previousAnnualReportRequired
                ? RuleOutcome.passed(CODE, "Versement chaque année, sur bilan annuel de l'année précédente",
                        "Paid each year, once the previous year's annual report is received")
                : RuleOutcome.passed(CODE, "Versement chaque année, sans condition de bilan annuel",
                        "Paid each year, with no annual report condition");
    }

    /**
     * Whether the payment of the year may go out, strictly: each condition the scheme sets needs the report of the
     * year before, received from contract-service, adopted by the COPIL (governance-service), or both.
     */
    public boolean releasable(int year, Set<Integer> annualReportsReceived, Set<Integer> annualReportsAdopted) {
        return (!previousAnnualReportRequired || annualReportsReceived.contains(year - 1))
                && (!previousAnnualReportAdoptionRequired || annualReportsAdopted.contains(year - 1));
    }

    /** Same, knowing the first funded year, whose payment needs no report since there is no year before it. */
    public boolean releasable(int year, int firstFundedYear, Set<Integer> annualReportsReceived, Set<Integer> annualReportsAdopted) {
        return year <= firstFundedYear || releasable(year, annualReportsReceived, annualReportsAdopted);
    }
}
