package fr.cls.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
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
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import fr.cls.platform.domain.InvalidFieldException;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.metrics.PlatformMetrics;

/**
 * Every error as RFC 9457 problem+json, naming the field or the rule at fault. A request that is not valid in itself
 * (types, ranges, decimals, lengths, characters, dates) is a 400 whose {@code errors} name each wrong field by its path
 * ({@code lines[2].amount}, {@code ownShareByYear[2027]}, the query parameter {@code withinMonths}), before any rule.
 * Texts are in the caller's language ({@code Accept-Language}, French by default; {@code Content-Language} says which).
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

    private final ProblemMessages messages;
    private final PlatformMetrics metrics;

    ProblemResponses(ProblemMessages messages, PlatformMetrics metrics) {
        this.messages = messages;
        this.metrics = metrics;
    }

    private String text(String key, String english, Object... arguments) {
        return messages.text(key, english, locale(), arguments);
    }

    private static Locale locale() {
        return Languages.supported(LocaleContextHolder.getLocale());
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String title, String detailKey, String detail,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, detail, arguments));
        problem.setTitle(text(titleKey, title));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(error(e.getField(), e)));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(error(e.getObjectName(), e)));
        return ResponseEntity.badRequest().body(invalid(text("problem.invalid-fields", "the request has invalid fields"), errors));
    }

    /** Spring's own validation of a handler's parameters (query, path, header, body): each named, not "Validation failure". */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(e -> errors.add(error(e.getField(), e)));
                bean.getGlobalErrors().forEach(e -> errors.add(error(parameterName(result.getMethodParameter()), e)));
            } else {
                String name = parameterName(result.getMethodParameter());
                String path = result.getContainerKey() != null ? name + "[" + result.getContainerKey() + "]"
                        : result.getContainerIndex() != null ? name + "[" + result.getContainerIndex() + "]" : name;
                result.getResolvableErrors().forEach(e -> errors.add(error(path, e)));
            }
        }
        return ResponseEntity.badRequest().body(invalid(text("problem.invalid-parameters", "the request has invalid parameters"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        return ResponseEntity.badRequest().body(invalid(text("problem.invalid-parameters", "the request has invalid parameters"),
                List.of(error(name == null ? "parameter" : name, "type",
                        "must be " + (type == null ? "a value of another form" : expected(type))))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(text("problem.invalid-parameters", "the request has invalid parameters"),
                List.of(error(ex.getParameterName(), "required", "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return ResponseEntity.badRequest().body(invalid(text("problem.missing-header", "the request lacks a header"),
                    List.of(error(missing.getHeaderName(), "required", "is required"))));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    /**
     * A body that does not map onto the request: the field is named by its JSON path ({@code items[0].title},
     * {@code amountsByYear[2027]}), so a control character or a value of the wrong type is a 400 naming the field, not a
     * 409 or a 500 further on. A body that is not JSON at all is named {@code body}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
                boolean control = PlainTextDeserializer.MESSAGE.equals(mapping.getOriginalMessage());
                Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                String expected = target == null ? "has a value of the wrong type or form" : "must be " + expected(target);
                return ResponseEntity.badRequest().body(invalid(text("problem.invalid-body-field", "the request body has an invalid field"), List.of(error(
                        jsonPath(mapping), control ? PlainTextDeserializer.RULE : "type",
                        control ? text("rule." + PlainTextDeserializer.RULE, PlainTextDeserializer.MESSAGE) : expected))));
            }
        }
        boolean empty = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
        return ResponseEntity.badRequest().body(invalid(text("problem.unreadable-body", "the request body cannot be read"), List.of(error("body",
                empty ? "required" : "json", empty ? "is required" : "must be a JSON document of the expected shape"))));
    }

    @ExceptionHandler(ControlCharacterParameters.InvalidTextException.class)
    ProblemDetail invalidText(ControlCharacterParameters.InvalidTextException e) {
        String message = text("rule." + PlainTextDeserializer.RULE, e.getMessage());
        return invalid(text("problem.invalid-parameters", "the request has invalid parameters"),
                e.fields().stream().map(f -> error(f, PlainTextDeserializer.RULE, message)).toList());
    }

    /** A field no annotation can check: its message from the bundles ({@code rule.<code>}), like a rule violation's. */
    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalid(text("problem.invalid-field", "the request has an invalid field"), List.of(error(e.field(), e.rule(),
                text("rule." + e.rule(), e.getMessage(), e.arguments().toArray()))));
    }

    /** A query parameter out of its bounds on a {@code @Validated} controller: the parameter is named, never a 500. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        return invalid(text("problem.invalid-parameters", "the request has invalid parameters"), e.getConstraintViolations().stream()
                .map(v -> error(parameterPath(v), ruleOf(v), v.getMessage())).toList());
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ProblemDetail ifMatchRequired(Versions.PreconditionRequiredException e) {
        // Without a name, a message of its own: the English word for the resource must not appear in French.
        ProblemDetail problem = e.what() == null
                ? problem(HttpStatus.PRECONDITION_REQUIRED, "problem.if-match-required-title", "If-Match required",
                        "problem.if-match-required-any", e.getMessage())
                : problem(HttpStatus.PRECONDITION_REQUIRED, "problem.if-match-required-title", "If-Match required",
                        "problem.if-match-required", e.getMessage(), e.what());
        problem.setProperty("code", "if-match-required");
        return problem;
    }

    /** The version named in If-Match is no longer the current one: 412, with the current ETag to read again. */
    @ExceptionHandler(Versions.StaleVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(Versions.StaleVersionException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        if (e.current() != null) {
            answer.eTag(Long.toString(e.current()));
        }
        return answer.body(stale(HttpStatus.PRECONDITION_FAILED, e.key(), e.getMessage(), e.arguments()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.notFound(e, locale()));
        problem.setTitle(text("problem.not-found-title", "Not found"));
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        e.violations().forEach(v -> metrics.ruleRefused(v.rule()));
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

    /**
     * Someone else changed the resource between the check of If-Match and the write: the version named is stale
     * (412). A request that named no version (e.g. a creation under a busy parent) gets a 409 to retry.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e, WebRequest request) {
        boolean named = request.getHeader(IfMatch.HEADER) != null;
        return stale(named ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT, "problem.stale-version",
                "the resource was changed by someone else; read it again and retry");
    }

    private ProblemDetail stale(HttpStatus status, String key, String detail, Object... arguments) {
        ProblemDetail problem = problem(status, "problem.stale-version-title", "Stale version", key, detail, arguments);
        problem.setProperty("code", "stale-version");
        return problem;
    }

    private ProblemDetail invalid(String detail, List<? extends Map<String, ?>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(text("problem.invalid-request", "Invalid request"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    private static Map<String, Object> error(String field, MessageSourceResolvable e) {
        String[] codes = e.getCodes();
        String code = e instanceof ObjectError object && object.getCode() != null ? object.getCode()
                : codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
        return error(field, kebab(code), e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage());
    }

    /** {@code DecimalMin} → {@code decimal-min}: the constraint as a stable rule code. */
    static String kebab(String code) {
        String simple = code.substring(code.lastIndexOf('.') + 1);
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String ruleOf(ConstraintViolation<?> v) {
        return kebab(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }

    /** The name the caller knows: the query parameter, path variable or header, not the Java parameter. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" + parameter.getParameterIndex() : name;
    }

    /**
     * A violation of a method parameter reads {@code method.parameter.field[key].<map value>}: the caller knows
     * {@code parameter.field[key]} only (or {@code field[key]} inside a body).
     */
    static String parameterPath(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
        int method = path.indexOf('.');
        return method < 0 ? path : path.substring(method + 1);
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null && reference.from() instanceof Map) {
                path.append('[').append(reference.getPropertyName()).append(']');
            } else if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "a " + readable(type);
    }

    private static String readable(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "whole number";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "date (yyyy-MM-dd)";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean (true or false)";
        }
        return type.getSimpleName();
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
