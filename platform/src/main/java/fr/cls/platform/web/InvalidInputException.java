package fr.cls.platform.web;

/**
 * A part of the request that is wrong in itself and that no annotation can judge (a header, a list of names in a
 * query parameter): a 400 naming the field, header or parameter and the rule, like bean validation does.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidInputException(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
