package fr.cls.console.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.cls.console.gateway.GatewayProblem;

/**
 * One form of a page: blank, or as the person sent it and the API refused it. The API's field errors go next to
 * their field (when the form shows it), the rest at the top. A fresh {@code Idempotency-Key} each time the form is
 * shown: a double submission creates once, a corrected one is a new request.
 */
public final class Form {

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final List<String> top;
    private final boolean refused;
    private final String idempotencyKey = UUID.randomUUID().toString();

    private Form(Map<String, String> values, Map<String, String> errors, List<String> top, boolean refused) {
        this.values = values;
        this.errors = errors;
        this.top = top;
        this.refused = refused;
    }

    public static Form blank() {
        return new Form(Map.of(), Map.of(), List.of(), false);
    }

    public static Form prefilled(Map<String, String> values) {
        return new Form(values, Map.of(), List.of(), false);
    }

    /**
     * @param fields the API's names of the fields this form shows
     * @param attached the violations already shown next to a field elsewhere (e.g. a member's row)
     */
    public static Form refused(GatewayProblem problem, Map<String, String> sent, Set<String> fields, Set<String> attached) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        problem.fieldErrors().forEach((field, message) -> {
            if (fields.contains(field)) {
                errors.put(field, message);
            } else {
                top.add(field.isBlank() ? message : field + " : " + message);
            }
        });
        problem.violations().stream().filter(v -> !attached.contains(v)).forEach(top::add);
        if (top.isEmpty() && errors.isEmpty() && attached.isEmpty()) {
            top.addAll(problem.general());
        }
        return new Form(sent, errors, top, true);
    }

    public static Form refused(GatewayProblem problem, Map<String, String> sent, Set<String> fields) {
        return refused(problem, sent, fields, Set.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** What the top of the page says: the rules that refused, and any error not tied to a field shown. */
    public List<String> top() {
        return top;
    }

    public boolean refused() {
        return refused;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
