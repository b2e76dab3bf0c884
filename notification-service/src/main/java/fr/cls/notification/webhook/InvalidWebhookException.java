package fr.cls.notification.webhook;

/** The client sent an endpoint that cannot be used (400): names the field and the rule. */
public class InvalidWebhookException extends RuntimeException {

    private final String field;
    private final String rule;

    InvalidWebhookException(String field, String rule, String message) {
        super(message);
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
