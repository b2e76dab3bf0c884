package fr.cls.funding.request.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import fr.cls.funding.scheme.Evaluation;
import fr.cls.funding.scheme.RuleOutcome;

/** One scheme's answer: eligible or not, rule by rule in French and English, and the most grantable per year. */
record EvaluationResponse(String funder, String schemeCode, String schemeName, int schemeVersion, boolean eligible,
        SortedMap<Integer, BigDecimal> maximumByYear, List<Rule> rules) {

    /** @param attention a point of attention of the funder: shown, never refusing (eligible ignores it) */
    record Rule(String code, boolean passed, boolean attention, String explanationFr, String explanationEn,
            BigDecimal computedCap) {
    }

    static EvaluationResponse of(Evaluation e) {
        return new EvaluationResponse(e.scheme().tenantId(), e.scheme().schemeCode(), e.scheme().name(), e.scheme().version(),
                e.eligible(), e.maximumByYear(), e.outcomes().stream().map(EvaluationResponse::rule).toList());
    }

    private static Rule rule(RuleOutcome o) {
        return new Rule(o.code(), o.passed(), o.attention(), o.explanationFr(), o.explanationEn(), o.computedCap());
    }
}
