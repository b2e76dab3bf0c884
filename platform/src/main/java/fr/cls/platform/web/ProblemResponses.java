package fr.cls.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error as RFC 9457 problem+json, naming the field or the rule at fault, in the caller's language
 * ({@code Accept-Language}, French by default; the answer says which in {@code Content-Language}).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

    private final ProblemMessages messages;

    ProblemResponses(ProblemMessages messages) {
        this.messages = messages;
    }

    private String text(String key, String english, Object... arguments) {
        return messages.text(key, english, locale(), arguments);
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String title, String detailKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, detail));
        problem.setTitle(text(titleKey, title));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", "Invalid request",
                "problem.invalid-fields", "the request has invalid fields");
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.<String, Object>of("field", e.getField(),
                        "message", e.getDefaultMessage() == null ? text("problem.invalid-value", "invalid") : e.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that does not map onto the request: the field is named by its JSON path ({@code items[0].title}), so a
     * control character or a value of the wrong type is a 400 naming the field, not a 409 or a 500 further on.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
                boolean control = PlainTextDeserializer.MESSAGE.equals(mapping.getOriginalMessage());
                return ResponseEntity.badRequest().body(invalid(text("problem.invalid-body-field",
                        "the request body has an invalid field"), List.of(Map.of(
                        "field", jsonPath(mapping),
                        "rule", control ? PlainTextDeserializer.RULE : "type",
                        "message", control ? text("rule." + PlainTextDeserializer.RULE, PlainTextDeserializer.MESSAGE)
                                : text("problem.wrong-type", "has a value of the wrong type or form")))));
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @ExceptionHandler(ControlCharacterParameters.InvalidTextException.class)
    ProblemDetail invalidText(ControlCharacterParameters.InvalidTextException e) {
        String message = text("rule." + PlainTextDeserializer.RULE, e.getMessage());
        return invalid(text("problem.invalid-parameters", "the request has invalid parameters"),
                e.fields().stream().map(f -> Map.<String, Object>of("field", f, "rule", PlainTextDeserializer.RULE,
                        "message", message)).toList());
    }

    private ProblemDetail invalid(String detail, List<? extends Map<String, ?>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(text("problem.invalid-request", "Invalid request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A query parameter out of its bounds on a {@code @Validated} controller: the parameter is named, never a 500. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", "Invalid request",
                "problem.invalid-parameters", "the request has invalid parameters");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", parameterName(v), "message", v.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        String message = text("rule." + e.rule(), e.getMessage(), e.arguments().toArray());
        return invalid(text("problem.invalid-fields", "the request has invalid fields"),
                List.of(Map.of("field", e.field(), "rule", e.rule(), "message", message)));
    }

    /** The path of a method parameter reads {@code method.parameter}: the caller knows the parameter only. */
    private static String parameterName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.notFound(e, locale()));
        problem.setTitle(text("problem.not-found-title", "Not found"));
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        Locale locale = locale();
        List<Map<String, Object>> violations = e.violations().stream()
                .map(v -> Map.<String, Object>of("rule", v.rule(), "message", messages.violation(v, locale)))
                .toList();
        String detail = violations.stream().map(v -> (String) v.get("message")).reduce((a, b) -> a + separator(locale) + b)
                .orElse(text("problem.rule-violated", "Rule violated"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(text("problem.rule-violated", "Rule violated"));
        problem.setProperty("violations", violations);
        return problem;
    }

    /** A constraint of the database refused the change; the SQL stays in the logs, not in the answer. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflictingData(DataIntegrityViolationException e) {
        logger.warn("change refused by a database constraint: " + e.getMostSpecificCause().getMessage());
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.conflicting-data-title", "Conflicting data",
                "problem.conflicting-data", "the change conflicts with the data already recorded; nothing was changed");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.stale-version-title", "Stale version",
                "problem.stale-version", "the resource was changed by someone else; read it again and retry");
        return problem;
    }

    /** French puts a non-breaking space before a semicolon. */
    private static String separator(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "\u00a0; " : "; ";
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    /** Any problem answer, ours or a service's own handler's, says its language. */
    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail) {
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale().toLanguageTag());
        }
        return body;
    }
}
