package fr.cls.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Every error as RFC 9457 problem+json, naming the field or the rule at fault. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request has invalid fields");
        problem.setTitle("Invalid request");
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.<String, Object>of("field", e.getField(),
                        "message", e.getDefaultMessage() == null ? "invalid" : e.getDefaultMessage()))
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
                return ResponseEntity.badRequest().body(invalid("the request body has an invalid field", List.of(Map.of(
                        "field", jsonPath(mapping),
                        "rule", control ? PlainTextDeserializer.RULE : "type",
                        "message", control ? PlainTextDeserializer.MESSAGE : "has a value of the wrong type or form"))));
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @ExceptionHandler(ControlCharacterParameters.InvalidTextException.class)
    ProblemDetail invalidText(ControlCharacterParameters.InvalidTextException e) {
        return invalid("the request has invalid parameters",
                e.fields().stream().map(f -> Map.<String, Object>of("field", f, "rule", PlainTextDeserializer.RULE,
                        "message", e.getMessage())).toList());
    }

    private static ProblemDetail invalid(String detail, List<? extends Map<String, ?>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request has invalid parameters");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", parameterName(v), "message", v.getMessage()))
                .toList());
        return problem;
    }

    /** The path of a method parameter reads {@code method.parameter}: the caller knows the parameter only. */
    private static String parameterName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Rule violated");
        problem.setProperty("violations", e.violations());
        return problem;
    }

    /** A constraint of the database refused the change; the SQL stays in the logs, not in the answer. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflictingData(DataIntegrityViolationException e) {
        logger.warn("change refused by a database constraint: " + e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the change conflicts with the data already recorded; nothing was changed");
        problem.setTitle("Conflicting data");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "the resource was changed by someone else; read it again and retry");
        problem.setTitle("Stale version");
        return problem;
    }
}
