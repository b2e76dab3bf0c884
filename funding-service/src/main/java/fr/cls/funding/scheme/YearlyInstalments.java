package fr.cls.funding.scheme;

import java.util.Set;

/**
 * Payment: the grant is paid year by year, possibly only once the previous year's annual report is in. Nothing to
 * check when the request is made; the payment side asks {@link #releasable}.
 */
public record YearlyInstalments(boolean previousAnnualReportRequired) implements SchemeRule {

    public static final String CODE = "yearly-instalments";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        return previousAnnualReportRequired
                ? RuleOutcome.passed(CODE, "Versement chaque année, sur bilan annuel de l'année précédente",
                        "Paid each year, once the previous year's annual report is received")
                : RuleOutcome.passed(CODE, "Versement chaque année, sans condition de bilan annuel",
                        "Paid each year, with no annual report condition");
    }

    /** Whether the payment of the year may go out, strictly: when required, the report of the year before is needed. */
    public boolean releasable(int year, Set<Integer> annualReportsReceived) {
        return !previousAnnualReportRequired || annualReportsReceived.contains(year - 1);
    }

    /** Same, knowing the first funded year, whose payment needs no report since there is no year before it. */
    public boolean releasable(int year, int firstFundedYear, Set<Integer> annualReportsReceived) {
        return year <= firstFundedYear || releasable(year, annualReportsReceived);
    }
}
