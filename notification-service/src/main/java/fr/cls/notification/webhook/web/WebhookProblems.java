package fr.cls.notification.webhook.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.cls.notification.webhook.InvalidWebhookException;

/** An unusable endpoint (URL, patterns, secret) is the client's mistake: 400 naming the field and the rule. */
@RestControllerAdvice
class WebhookProblems {

    @ExceptionHandler(InvalidWebhookException.class)
    ProblemDetail invalidWebhook(InvalidWebhookException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "message", e.getMessage())));
        return problem;
    }
}
