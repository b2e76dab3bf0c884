package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Amount: the support lasts at most so many years (Mayenne: 3). Choice: counted as the span from the first to the
 * last year with a positive amount asked, gaps included, because the seed speaks of accompanying a CLS "pendant
 * 3 ans" (a duration), not of 3 payments spread at will. Years committed in the funder's other requests for the
 * contract count: the support is the contract's, not the request's.
 */
public record MaximumYears(int years) implements SchemeRule {

    public static final String CODE = "maximum-years";

    public MaximumYears {
        if (years < 1) {
            throw new IllegalArgumentException(CODE + " must be at least 1 (was " + years + ")");
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    /** Years past the allowed span get nothing. */
    @Override
    public Optional<BigDecimal> yearlyCap(int year, FundingCase fundingCase) {
        List<Integer> funded = fundingCase.fundedYearsTogether();
        if (funded.isEmpty() || year < funded.get(0) + years) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.ZERO.setScale(2));
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<Integer> funded = fundingCase.fundedYearsTogether();
        if (funded.isEmpty()) {
            return RuleOutcome.passed(CODE, "Aucune année demandée ; " + years + " " + yearsFr(years) + " au plus",
                    "No year requested; at most " + years + " " + yearsEn(years));
        }
        int first = funded.get(0);
        int last = funded.get(funded.size() - 1);
        int span = last - first + 1;
        String period = first == last ? "en " + first : "de " + first + " à " + last;
        String periodEn = first == last ? "in " + first : first + " to " + last;
        String fr = (fundingCase.committedTotal().signum() > 0 ? "demandes cumulées" : "demande") + " sur " + span + " " + yearsFr(span) + " (" + period + ") pour " + years + " au plus";
        String en = (fundingCase.committedTotal().signum() > 0 ? "requests together" : "request") + " over " + span + " " + yearsEn(span) + " (" + periodEn + "), at most " + years;
        return span <= years
                ? RuleOutcome.passed(CODE, "Durée respectée : " + fr, "Duration met: " + en)
                : RuleOutcome.failed(CODE, "Durée maximale dépassée : " + fr, "Maximum duration exceeded: " + en);
    }

    private static String yearsFr(int count) {
        return count > 1 ? "années" : "année";
    }

    private static String yearsEn(int count) {
        return count > 1 ? "years" : "year";
    }
}
