package fr.cls.platform.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A field of the request that no annotation can check (a template that does not compile, an unknown variable): a
 * 400 naming the field and the rule, its message from the bundles ({@code rule.<code>}) like a rule violation's.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String rule;
    private final transient List<Object> arguments;

    /** @param message the English text, the fallback when no bundle has the rule */
    public InvalidFieldException(String field, String rule, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.arguments = Arrays.asList(arguments.clone());
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
