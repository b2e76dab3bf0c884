package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;

import fr.cls.identity.test.TestIssuer;
import tools.jackson.databind.JsonNode;

/**
 * The cross-tenant test matrix, generated from a service's own OpenAPI document: every operation must have a
 * case (so a new route without one fails the build), and for every case a request without token, or with a
 * token that is forged, expired, from another issuer, for another audience, without tenant or of an unknown
 * tenant gets 401; another tenant's token gets 404/403 where the path names the owner's resources, and
 * elsewhere (lists, creations of its own) an answer that contains none of the owner's data.
 */
public final class IsolationMatrix {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final String baseUrl;
    private final Map<String, Case> cases = new LinkedHashMap<>();

    public IsolationMatrix(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @param operation {@code "GET /api/v1/contracts/{id}"} as in the OpenAPI document
     * @param path the concrete path, with the owner's resource ids
     * @param body the request body, or null
     */
    public IsolationMatrix with(String operation, String path, Object body) {
        cases.put(operation, new Case(path, body));
        return this;
    }

    /** The routes the platform library gives every service (the audit trail). */
    public IsolationMatrix withPlatformRoutes() {
        return with("GET /api/v1/audit", "/api/v1/audit", null)
                .with("GET /api/v1/audit/export", "/api/v1/audit/export", null)
                .with("GET /api/v1/audit/verify", "/api/v1/audit/verify", null);
    }

    /** Operations of the service's OpenAPI document (public at {@code /v3/api-docs}). */
    public Set<String> documentedOperations() {
        JsonNode paths = new HttpTestClient(baseUrl).get("/v3/api-docs").json().get("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().propertyNames().stream().filter(METHODS::contains)
                    .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey()));
        }
        return operations;
    }

    /**
     * @param ownerSecrets strings only the owner's data contains (its resource ids, titles): never in a foreign answer
     * @param foreignBearer {@code Authorization} value of another tenant, allowed to call the routes
     */
    public void verify(List<String> ownerSecrets, String foreignBearer) {
        Set<String> documented = documentedOperations();
        assertThat(cases.keySet()).as("every documented operation has an isolation case (add one for a new route)")
                .containsExactlyInAnyOrderElementsOf(documented);
        String expired = TestIssuer.trusted().token(claims -> claims.claim("tenant", "ars-paca")
                .claim("roles", List.of("ARS_AGENT", "ARS_APPROVER", "PLATFORM_OPERATOR"))
                .expirationTime(Date.from(Instant.now().minusSeconds(300))));
        List<String> roles = List.of("ARS_AGENT", "ARS_APPROVER", "PLATFORM_OPERATOR");
        try (TestIssuer forger = TestIssuer.untrusted()) {
            Map<String, String> refusedTokens = Map.of(
                    "no token", "",
                    "untrusted issuer", forger.bearer("ars-paca", "ARS_AGENT", "ARS_APPROVER"),
                    "trusted issuer's name, another key", "Bearer " + forger.token(claims -> claims
                            .issuer(TestIssuer.trusted().issuer()).claim("tenant", "ars-paca").claim("roles", roles)),
                    "expired token", "Bearer " + expired,
                    "another audience", "Bearer " + TestIssuer.trusted().token(claims -> claims.audience("another-api")
                            .claim("tenant", "ars-paca").claim("roles", roles)),
                    "no tenant", "Bearer " + TestIssuer.trusted().token(claims -> claims.claim("roles", roles)),
                    "unknown tenant", TestIssuer.trusted().bearer("ars-atlantis", "ARS_AGENT"),
                    "garbage", "Bearer not.a.jwt");
            SoftAssertions soft = new SoftAssertions();
            cases.forEach((operation, c) -> {
                String method = operation.substring(0, operation.indexOf(' '));
                // What the caller sent may be echoed (e.g. the id in a 404's instance); anything else may not.
                List<String> secrets = ownerSecrets.stream().filter(secret -> !c.sends(secret)).toList();
                refusedTokens.forEach((label, bearer) -> {
                    HttpTestClient client = bearer.isEmpty() ? new HttpTestClient(baseUrl)
                            : new HttpTestClient(baseUrl).with("Authorization", bearer);
                    HttpTestClient.Response response = client.request(method, c.path(), c.body());
                    soft.assertThat(response.status()).as(operation + " with " + label).isEqualTo(401);
                    secrets.forEach(secret -> soft.assertThat(response.body()).as(operation + " with " + label)
                            .doesNotContain(secret));
                });
                HttpTestClient.Response foreign = new HttpTestClient(baseUrl).with("Authorization", foreignBearer)
                        .request(method, c.path(), c.body());
                if (secrets.size() < ownerSecrets.size()) {
                    // The path or body names the owner's resources: nothing to do or see there for a stranger.
                    soft.assertThat(foreign.status()).as(operation + " by another tenant on the owner's resource")
                            .isIn(403, 404);
                } else {
                    soft.assertThat(foreign.status()).as(operation + " by another tenant").isIn(200, 201, 403, 404);
                }
                secrets.forEach(secret -> soft.assertThat(foreign.body()).as(operation + " by another tenant")
                        .doesNotContain(secret));
            });
            soft.assertAll();
        }
    }

    private record Case(String path, Object body) {

        boolean sends(String text) {
            return path.contains(text) || (body != null && body.toString().contains(text));
        }
    }
}
