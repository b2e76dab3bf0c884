package fr.cls.funding.plan.web;

/** A query parameter out of its range: 400, naming the parameter and the rule. */
public class InvalidQueryParameter extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidQueryParameter(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
