package fr.cls.console.gateway;

import java.util.List;
import java.util.Map;

/**
 * A refusal answered by the gateway (RFC 9457 problem+json), kept as the API wrote it in French: the console shows
 * each field error next to its field and the rest at the top of the page.
 *
 * @param fieldErrors message by field name ({@code errors[].field} of a 400)
 * @param violations the rules that refused the change ({@code violations[].message} of a 409)
 * @param rules the codes of those rules ({@code violations[].rule}), in the same order
 */
public record GatewayProblem(int status, String title, String detail, Map<String, String> fieldErrors,
        List<String> violations, List<String> rules) {

    public GatewayProblem(int status, String title, String detail, Map<String, String> fieldErrors, List<String> violations) {
        this(status, title, detail, fieldErrors, violations, List.of());
    }

    /** The code of the i-th violation's rule, empty when the API named none. */
    public String rule(int i) {
        return i < rules.size() ? rules.get(i) : "";
    }

    public boolean hasFieldError(String field) {
        return fieldErrors.containsKey(field);
    }

    /** What to show at the top: the violations, else the detail unless every error sits next to its field. */
    public List<String> general() {
        if (!violations.isEmpty()) {
            return violations;
        }
        if (!fieldErrors.isEmpty()) {
            return List.of();
        }
        return List.of(detail == null || detail.isBlank() ? title : detail);
    }
}
