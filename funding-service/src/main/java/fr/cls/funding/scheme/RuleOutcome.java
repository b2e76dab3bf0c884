package fr.cls.funding.scheme;

import java.math.BigDecimal;

/**
 * What one rule says about a funding case, in words a finance officer reads (French and English).
 *
 * @param computedCap the cap the rule computed, in its own unit: per year for cap-per-fte and cap-per-year,
 *                    over the whole period for cap-over-period; null for rules that compute none
 * @param attention   the funder publishes the rule as a point of attention: shown, never refusing
 */
public record RuleOutcome(String code, boolean passed, String explanationFr, String explanationEn, BigDecimal computedCap,
        boolean attention) {

    public RuleOutcome {
        require(code, "code");
        require(explanationFr, "explanationFr");
        require(explanationEn, "explanationEn");
    }

    /** An enforced rule's outcome. */
    public RuleOutcome(String code, boolean passed, String explanationFr, String explanationEn, BigDecimal computedCap) {
        this(code, passed, explanationFr, explanationEn, computedCap, false);
    }

    /** Failed and enforced: the request cannot be filed or granted as it is. */
    public boolean blocks() {
        return !passed && !attention;
    }

    RuleOutcome asAttention() {
        return new RuleOutcome(code, passed, explanationFr, explanationEn, computedCap, true);
    }

    static RuleOutcome passed(String code, String fr, String en) {
        return new RuleOutcome(code, true, fr, en, null);
    }

    static RuleOutcome failed(String code, String fr, String en) {
        return new RuleOutcome(code, false, fr, en, null);
    }

    RuleOutcome withCap(BigDecimal cap) {
        return new RuleOutcome(code, passed, explanationFr, explanationEn, cap, attention);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a rule outcome needs its " + name);
        }
    }
}
