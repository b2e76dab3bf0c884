package fr.cls.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import fr.cls.platform.web.ProblemTypes;

/** The RFC 9457 problem every error answers, with the members the platform adds, and an example per status. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private static final Map<Integer, String[]> EXAMPLES = Map.ofEntries(
            Map.entry(400, new String[] {"Invalid request", "the request has invalid fields"}),
            Map.entry(401, new String[] {"Unauthenticated", "a valid bearer token from an issuer your tenant trusts is required"}),
            Map.entry(403, new String[] {"Forbidden", "your role does not allow this action"}),
            Map.entry(404, new String[] {"Not found", "contract 4b0c1d9e-0f57-4bb5-9d44-5d8a3c1e7f10 not found"}),
            Map.entry(409, new String[] {"Rule violated", "the territory must have at least 20000 inhabitants"}),
            Map.entry(412, new String[] {"Stale version", "the resource is at version 4, not 3; read it again and retry"}),
            Map.entry(413, new String[] {"Request too large", "the body is larger than 1MB"}),
            Map.entry(415, new String[] {"Unsupported Media Type", "Content-Type 'text/plain' is not supported"}),
            Map.entry(422, new String[] {"Idempotency-Key reused", "the key was used for another request"}),
            Map.entry(428, new String[] {"If-Match required", "send If-Match with the resource's current ETag"}),
            Map.entry(429, new String[] {"Too many requests", "the tenant's request rate is exceeded; retry later"}));

    private ProblemSchema() {
    }

    static Schema<?> schema() {
        Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details; type names the family of "
                + "the problem, a section of the problems page");
        problem.addProperty("type", new StringSchema().format("uri-reference")
                .description("the family of the problem: a section of the problems page"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema().format("int32"));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        Schema<?> error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("the JSON path of the field or the parameter at fault"));
        error.addProperty("rule", new StringSchema());
        error.addProperty("message", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error).description("400: the fields at fault"));
        Schema<?> violation = new ObjectSchema();
        violation.addProperty("rule", new StringSchema().description("a stable kebab-case rule code"));
        violation.addProperty("message", new StringSchema());
        problem.addProperty("violations", new ArraySchema().items(violation).description("409: the rules refusing the change"));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }

    static Map<String, Object> example(ProblemTypes types, int status) {
        String[] text = EXAMPLES.getOrDefault(status, new String[] {"Error", "see the problems page"});
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", types.uri(ProblemTypes.familyOfStatus(status)).toString());
        example.put("title", text[0]);
        example.put("status", status);
        example.put("detail", text[1]);
        example.put("instance", "/api/v1/contracts/4b0c1d9e-0f57-4bb5-9d44-5d8a3c1e7f10");
        if (status == 400) {
            example.put("errors", List.of(Map.of("field", "startDate", "message", "must not be null")));
        }
        if (status == 409) {
            example.put("type", types.uri(types.familyOfRule("minimum-population")).toString());
            example.put("violations", List.of(Map.of("rule", "minimum-population",
                    "message", "the territory must have at least 20000 inhabitants")));
        }
        return example;
    }
}
