package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Checks a funding case against the rules of a scheme version and computes what may be granted year by year. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /** Refuses a version not in effect on the case's decision date: it would judge with another funder's terms. */
    public static Evaluation evaluate(SchemeVersion scheme, FundingCase fundingCase) {
        if (!scheme.appliesOn(fundingCase.evaluationDate())) {
            throw new IllegalArgumentException(scheme.schemeCode() + " version " + scheme.version() + " does not apply on "
                    + fundingCase.evaluationDate() + " (effective " + scheme.effectiveFrom() + " to "
                    + (scheme.effectiveTo() == null ? "open" : scheme.effectiveTo()) + ")");
        }
        return evaluateRules(scheme, fundingCase);
    }

    /** The version's rules on the case, whatever the date: for a request judged by the version it was filed under. */
    static Evaluation evaluateRules(SchemeVersion scheme, FundingCase fundingCase) {
        List<RuleOutcome> outcomes = scheme.rules().stream().map(rule -> {
            RuleOutcome outcome = rule.evaluate(fundingCase);
            boolean attention = scheme.term(rule.code()).map(t -> t.enforcement() == Enforcement.ATTENTION).orElse(false);
            return attention ? outcome.asAttention() : outcome;
        }).toList();
        return new Evaluation(scheme, outcomes, maximumByYear(scheme.rules(), fundingCase));
    }

    /** Picks among a scheme's versions the one in effect on the decision date, if any. */
    public static Optional<Evaluation> evaluate(List<SchemeVersion> versions, FundingCase fundingCase) {
        return SchemeCatalogue.versionOn(versions, fundingCase.evaluationDate()).map(scheme -> evaluate(scheme, fundingCase));
    }

    /**
     * Year by year, the smallest of the yearly caps, then no more than what the period cap leaves once the funder's
     * other requests and the earlier years are granted within their maximum.
     */
    static SortedMap<Integer, BigDecimal> maximumByYear(List<SchemeRule> rules, FundingCase fundingCase) {
        Optional<BigDecimal> periodCap = rules.stream().map(SchemeRule::periodCap).flatMap(Optional::stream).min(BigDecimal::compareTo);
        SortedMap<Integer, BigDecimal> maximum = new TreeMap<>();
        BigDecimal grantedBefore = fundingCase.committedTotal();
        for (Map.Entry<Integer, BigDecimal> request : fundingCase.requested().entrySet()) {
            int year = request.getKey();
            Optional<BigDecimal> cap = rules.stream().map(rule -> rule.yearlyCap(year, fundingCase)).flatMap(Optional::stream)
                    .min(BigDecimal::compareTo);
            if (periodCap.isPresent()) {
                BigDecimal remainder = periodCap.get().subtract(grantedBefore).max(BigDecimal.ZERO.setScale(2));
                cap = Optional.of(cap.map(remainder::min).orElse(remainder));
            }
            cap.ifPresent(max -> maximum.put(year, max));
            grantedBefore = grantedBefore.add(cap.map(request.getValue()::min).orElse(request.getValue()));
        }
        return maximum;
    }
}
