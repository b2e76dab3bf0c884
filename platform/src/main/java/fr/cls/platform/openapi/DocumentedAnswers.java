package fr.cls.platform.openapi;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import fr.cls.platform.web.ProblemTypes;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents what every operation really answers, from what the platform does to every request: the success
 * (201 with {@code Location} for a creation, declared by {@code @ResponseStatus(CREATED)}; JSON rather than
 * {@code *}/{@code *}), and the problems: 400 (a parameter or body), 401 and 403 (every API route needs a token and
 * a role), 404 (a resource in the path), 409 (a rule or a conflict on a change), 412 and 428 (If-Match on a change
 * of an existing resource), 304 (If-None-Match on a read), 413 and 415 (a body), 410 and 422 (an Idempotency-Key
 * whose answer was lost, or reused, on a POST), 429 (the gateway's rate limit), 500. A route that answers otherwise says so with {@code @ApiResponse}.
 */
class DocumentedAnswers implements OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    private final ProblemTypes types;

    DocumentedAnswers(ProblemTypes types) {
        this.types = types;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Route route = Route.of(handler, operation);
        if (!route.path().startsWith("/api/")) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
            // springdoc drops its default 200 when a route declares only errors with @ApiResponse
            responses.addApiResponse("200", new ApiResponse().description("OK"));
        }
        success(responses, route.produces());
        if (route.changesExisting()) {
            header(operation, "If-Match", true, "the resource's current ETag, as its last read answered it");
        }
        if ("POST".equals(route.method())) {
            header(operation, "Idempotency-Key", false, "replays the first answer when the same POST is sent again");
        }
        if ("GET".equals(route.method())) {
            header(operation, "If-None-Match", false, "the ETag of the copy the caller holds");
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the copy the caller holds "
                    + "(If-None-Match) is current"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (route.hasInput()) {
            problems.put("400", "Invalid request: the field or parameter at fault is named in errors[]");
        }
        problems.put("401", "Unauthenticated: a valid bearer token from an issuer the tenant trusts is required");
        problems.put("403", "Forbidden: the caller's role does not allow this action");
        if (route.hasPathVariables() || route.hasBody() || "POST".equals(route.method())) {
            problems.put("404", "Not found, or another tenant's (ids leak nothing): a resource the path or the body names");
        }
        if (route.changes()) {
            problems.put("409", "A rule refuses the change (violations[] name the rules), or the data conflicts");
        }
        if (route.changesExisting()) {
            problems.put("412", "Stale version: If-Match is not the resource's current ETag; read it again");
            problems.put("428", "If-Match required: a change of an existing resource names the version it changes");
        }
        if (route.hasBody()) {
            problems.put("413", "Payload too large");
            problems.put("415", "Unsupported media type: the body is application/json");
        }
        if ("POST".equals(route.method())) {
            problems.put("410", "Idempotency-Key of a request carried out whose answer was lost (changes[] say what it did)");
            problems.put("422", "Idempotency-Key reused with another request");
        }
        problems.put("429", "Rate limited (through the gateway): retry after Retry-After seconds");
        problems.put("500", "Internal error: a fault of ours, quote the X-Correlation-Id; nothing was half-written");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(status, description));
            }
        });
        // an error a route declares itself (@ApiResponse) is a problem too
        responses.forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(problem(status, response.getDescription()).getContent());
            }
        });
        return operation;
    }

    /**
     * 201 gets its Location; a body of unknown media type is JSON; a route that writes its body itself (a CSV
     * export) has the media types it produces; a 200 next to a 201 (a replay) has the 201's body.
     */
    private static void success(ApiResponses responses, List<String> produces) {
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && !"204".equals(status) && response.getContent() == null && !produces.isEmpty()) {
                Content content = new Content();
                produces.forEach(type -> content.addMediaType(type, new MediaType().schema(new StringSchema())));
                response.setContent(content);
            }
            if (status.startsWith("2") && response.getContent() != null && response.getContent().containsKey("*/*")) {
                Content content = new Content();
                response.getContent().forEach((type, media) -> content.addMediaType("*/*".equals(type) ? JSON : type, media));
                response.setContent(content);
            }
        });
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject("Location", new Header().description("the new resource").schema(new StringSchema()));
            ApiResponse ok = responses.get("200");
            if (ok != null && ok.getContent() == null) {
                ok.setContent(created.getContent());
            }
        }
    }

    private static void header(Operation operation, String name, boolean required, String description) {
        List<Parameter> parameters = operation.getParameters();
        Parameter declared = parameters == null ? null : parameters.stream()
                .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName())).findFirst().orElse(null);
        if (declared != null) {
            declared.required(required || Boolean.TRUE.equals(declared.getRequired()));
            if (declared.getDescription() == null) {
                declared.description(description);
            }
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(name).required(required).description(description)
                .schema(new StringSchema()));
    }

    private ApiResponse problem(String status, String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref(ProblemSchema.REF))
                        .example(ProblemSchema.example(types, Integer.parseInt(status)))));
    }

    /** What the handler is: method, full path template and its inputs. */
    record Route(String method, String path, boolean hasBody, boolean hasParameters, boolean created,
            boolean declaresIfMatch, List<String> produces) {

        static Route of(HandlerMethod handler, Operation operation) {
            Method method = handler.getMethod();
            RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
            String path = first(onType) + first(onMethod);
            RequestMethod[] methods = onMethod == null ? new RequestMethod[0] : onMethod.method();
            String verb = methods.length == 0 ? "GET" : methods[0].name();
            boolean parameters = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> !"header".equals(p.getIn()));
            boolean created = operation.getResponses() != null && operation.getResponses().containsKey("201");
            boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
            List<String> produces = onMethod == null ? List.of() : List.of(onMethod.produces());
            return new Route(verb, path.isEmpty() ? "/" : path, operation.getRequestBody() != null, parameters, created,
                    ifMatch, produces);
        }

        private static String first(RequestMapping mapping) {
            if (mapping == null) {
                return "";
            }
            String[] paths = mapping.path().length > 0 ? mapping.path() : mapping.value();
            return paths.length == 0 ? "" : paths[0];
        }

        boolean hasPathVariables() {
            return path.contains("{");
        }

        boolean hasInput() {
            return hasBody || hasParameters;
        }

        boolean changes() {
            return !"GET".equals(method) && !"HEAD".equals(method);
        }

        /**
         * PUT, PATCH, DELETE on a resource, or a POST of an action on it ({@code /contracts/{id}/submit}); a POST
         * that creates a resource in a collection ({@code 201}) needs none, unless it declares it (a renewal
         * creates a contract and changes the one renewed).
         */
        boolean changesExisting() {
            return switch (method) {
                case "PUT", "PATCH", "DELETE" -> true;
                case "POST" -> hasPathVariables() && (!created || declaresIfMatch);
                default -> false;
            };
        }
    }
}
