package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A funding case checked against one scheme version: each rule's outcome and, for each requested year, the most
 * the funder may grant.
 *
 * @param maximumByYear for each requested year that some rule caps, the most grantable; a year absent is uncapped.
 *                      Computed whether or not the case is eligible, so that an officer sees what could be granted.
 */
public record Evaluation(SchemeVersion scheme, List<RuleOutcome> outcomes, SortedMap<Integer, BigDecimal> maximumByYear) {

    public Evaluation {
        if (scheme == null) {
            throw new IllegalArgumentException("an evaluation needs its scheme version");
        }
        outcomes = List.copyOf(outcomes);
        maximumByYear = Collections.unmodifiableSortedMap(new TreeMap<>(maximumByYear));
    }

    /** All enforced rules passed, eligibility and amounts alike; points of attention never refuse. */
    public boolean eligible() {
        return outcomes.stream().noneMatch(RuleOutcome::blocks);
    }

    /** The enforced rules that failed. */
    public List<String> failedCodes() {
        return outcomes.stream().filter(RuleOutcome::blocks).map(RuleOutcome::code).toList();
    }

    /** The points of attention not met: shown to the funder, who weighs them. */
    public List<String> attentionCodes() {
        return outcomes.stream().filter(o -> o.attention() && !o.passed()).map(RuleOutcome::code).toList();
    }

    public Optional<RuleOutcome> outcome(String code) {
        return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<BigDecimal> maximumFor(int year) {
        return Optional.ofNullable(maximumByYear.get(year));
    }
}
