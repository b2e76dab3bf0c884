package fr.cls.funding.scheme;

import java.math.BigDecimal;

/**
 * What one rule says about a funding case, in words a finance officer reads (French and English).
 *
 * @param computedCap the cap the rule computed, in its own unit: per year for cap-per-fte and cap-per-year,
 *                    over the whole period for cap-over-period; null for rules that compute none
 */
public record RuleOutcome(String code, boolean passed, String explanationFr, String explanationEn, BigDecimal computedCap) {

    public RuleOutcome {
        require(code, "code");
        require(explanationFr, "explanationFr");
        require(explanationEn, "explanationEn");
    }

    static RuleOutcome passed(String code, String fr, String en) {
        return new RuleOutcome(code, true, fr, en, null);
    }

    static RuleOutcome failed(String code, String fr, String en) {
        return new RuleOutcome(code, false, fr, en, null);
    }

    RuleOutcome withCap(BigDecimal cap) {
        return new RuleOutcome(code, passed, explanationFr, explanationEn, cap);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a rule outcome needs its " + name);
        }
    }
}
