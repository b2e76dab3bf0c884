package fr.cls.funding.request.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import fr.cls.funding.request.Simulations;
import fr.cls.funding.scheme.Evaluation;
import fr.cls.funding.scheme.RuleOutcome;

/**
 * One scheme's answer on a date: eligible or not, rule by rule in French and English, and the most grantable per
 * year. Each line names the scheme and the version that judged; {@code schemeClosedFrom} is set when the scheme was
 * closed on that date (one line, {@code scheme-closed}, and nothing grantable).
 */
record EvaluationResponse(String funder, String schemeCode, String schemeName, int schemeVersion, LocalDate asOf,
        LocalDate schemeClosedFrom, boolean eligible, SortedMap<Integer, BigDecimal> maximumByYear, List<Rule> rules) {

    /** @param attention a point of attention of the funder: shown, never refusing (eligible ignores it) */
    record Rule(String code, boolean passed, boolean attention, String explanationFr, String explanationEn,
            BigDecimal computedCap, String schemeCode, int schemeVersion) {
    }

    static EvaluationResponse of(Simulations.Answer answer) {
        Evaluation e = answer.evaluation();
        return new EvaluationResponse(e.scheme().tenantId(), e.scheme().schemeCode(), e.scheme().name(), e.scheme().version(),
                answer.asOf(), answer.closedFrom(), e.eligible(), e.maximumByYear(), e.outcomes().stream().map(o -> rule(e, o)).toList());
    }

    private static Rule rule(Evaluation e, RuleOutcome o) {
        return new Rule(o.code(), o.passed(), o.attention(), o.explanationFr(), o.explanationEn(), o.computedCap(),
                e.scheme().schemeCode(), e.scheme().version());
    }
}
