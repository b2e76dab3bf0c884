package fr.cls.platform.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A business rule refuses the change (409): the state does not allow it, or a rule of the tenant says no.
 * Each violation names the rule so that a user (or a portal) can show why. The message shown is looked up in the
 * message bundles by the rule's code ({@code rule.<code>}) with the violation's arguments, in the caller's language;
 * the English text given here is the fallback (and what the logs show).
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

    /** @param arguments the values the bundled message shows ({0}, {1}…), in order */
    public RuleViolationException(String rule, String message, Object... arguments) {
        this(List.of(Violation.of(rule, message, arguments)));
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * A rule and why it refuses. {@link #message()} is the English text; the bundles hold the translations under
     * {@link #messageKey()}, formatted with {@link #arguments()}.
     */
    public static final class Violation {

        private final String rule;
        private final String message;
        private final String variant;
        private final List<Object> arguments;
        private final String french;

        public Violation(String rule, String message) {
            this(rule, message, null, List.of(), null);
        }

        private Violation(String rule, String message, String variant, List<Object> arguments, String french) {
            this.rule = Objects.requireNonNull(rule);
            this.message = message;
            this.variant = variant;
            this.arguments = arguments;
            this.french = french;
        }

        /** The message {@code rule.<rule>} with its arguments. */
        public static Violation of(String rule, String message, Object... arguments) {
            return new Violation(rule, message, null, arguments(arguments), null);
        }

        /** One rule refusing for another reason than its usual one: the message {@code rule.<rule>.<variant>}. */
        public static Violation variant(String rule, String variant, String message, Object... arguments) {
            return new Violation(rule, message, Objects.requireNonNull(variant), arguments(arguments), null);
        }

        /** A rule whose explanation is data (a tenant's financing rule): both texts given, no bundle. */
        public static Violation explained(String rule, String english, String french) {
            return new Violation(rule, english, null, List.of(), french);
        }

        private static List<Object> arguments(Object[] arguments) {
            // Arrays.asList: an argument may be null (an unknown date), List.of refuses it.
            return arguments == null ? List.of() : java.util.Collections.unmodifiableList(Arrays.asList(arguments.clone()));
        }

        public String rule() {
            return rule;
        }

        /** The English text given in code. */
        public String message() {
            return message;
        }

        public String messageKey() {
            return variant == null ? "rule." + rule : "rule." + rule + "." + variant;
        }

        public List<Object> arguments() {
            return arguments;
        }

        /** The French text when the rule carries it as data, else null (then the bundles have it). */
        public String french() {
            return french;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Violation v && rule.equals(v.rule) && Objects.equals(message, v.message)
                    && Objects.equals(variant, v.variant) && arguments.equals(v.arguments) && Objects.equals(french, v.french);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, message, variant, arguments, french);
        }

        @Override
        public String toString() {
            return rule + ": " + message;
        }
    }
}
