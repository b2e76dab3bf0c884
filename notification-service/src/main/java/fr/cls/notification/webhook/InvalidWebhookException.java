package fr.cls.notification.webhook;

import fr.cls.platform.domain.InvalidFieldException;

/** The client sent an endpoint that cannot be used (400): names the field and the rule. */
public class InvalidWebhookException extends InvalidFieldException {

    InvalidWebhookException(String field, String rule, String message, Object... arguments) {
        super(field, rule, message, arguments);
    }
}
