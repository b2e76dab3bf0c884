package fr.cls.platform.web;

import java.util.List;

/**
 * A business rule refuses the change (409): the state does not allow it, or a rule of the tenant says no.
 * Each violation names the rule so that a user (or a portal) can show why.
 */
public class RuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).reduce((a, b) -> a + "; " + b).orElse("rule violated"));
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String rule, String message) {
        this(List.of(new Violation(rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String rule, String message) {
    }
}
