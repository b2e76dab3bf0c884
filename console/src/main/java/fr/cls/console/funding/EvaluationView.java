package fr.cls.console.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** One scheme's answer (simulation or a request's evaluation), rule by rule, in French. */
public record EvaluationView(String funder, String schemeCode, String schemeName, int schemeVersion, LocalDate asOf,
        LocalDate schemeClosedFrom, boolean eligible, SortedMap<Integer, BigDecimal> maximumByYear, List<Rule> rules) {

    /** @param computedCap the ceiling the rule computed, when it computes one */
    public record Rule(String code, boolean passed, boolean attention, String explanationFr, BigDecimal computedCap) {

        /** Told in words, never by colour alone. */
        public String outcome() {
            if (passed) {
                return "Respectée";
            }
            return attention ? "Point d'attention" : "Non respectée";
        }

        /** The DSFR badge of the outcome. */
        public String badge() {
            if (passed) {
                return "fr-badge--success";
            }
            return attention ? "fr-badge--warning" : "fr-badge--error";
        }
    }

    public String verdict() {
        if (schemeClosedFrom != null) {
            return "Dispositif clos";
        }
        return eligible ? "Éligible" : "Non éligible";
    }
}
