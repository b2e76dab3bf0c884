package fr.cls.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
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
 * tenant gets 401. Then every outside caller ({@link #everyOutsider}: another ARS, a département taking no part,
 * a coordinator of another contract of the owner, a governance member and an integration client of another
 * tenant, the platform operator) gets 404/403 where the path or body names the owner's resources, and elsewhere
 * (lists, exports, creations of its own) an answer that contains none of the owner's secrets. A list is
 * declared with {@link #listing}: the owner's own call must show the owner's row there, so that the case proves
 * something. Routes outside the OpenAPI document (actuator) are declared with {@link #operatorOnly}.
 */
public final class IsolationMatrix {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final String baseUrl;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final Map<String, Case> operatorOnly = new LinkedHashMap<>();
    private final Map<String, String> outsiders = new LinkedHashMap<>();
    private final Set<String> ofOwnerTenant = new HashSet<>();
    private final Set<String> tenantWide = new HashSet<>();
    private String ownerBearer;

    public IsolationMatrix(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * @param operation {@code "GET /api/v1/contracts/{id}"} as in the OpenAPI document
     * @param path the concrete path, with the owner's resource ids
     * @param body the request body, or null
     */
    public IsolationMatrix with(String operation, String path, Object body) {
        cases.put(operation, new Case(path, body, null));
        return this;
    }

    /**
     * A list or an export the owner's data appears in: called by the owner ({@link #owner}) it must answer 2xx
     * with {@code shownToOwner} (else the case could not catch a leak), called by an outsider, without it.
     */
    public IsolationMatrix listing(String operation, String path, String shownToOwner) {
        cases.put(operation, new Case(path, null, shownToOwner));
        return this;
    }

    /** A route outside the OpenAPI document only the platform operator may call (others: 401/403). */
    public IsolationMatrix operatorOnly(String operation, String path, Object body) {
        operatorOnly.put(operation, new Case(path, body, null));
        return this;
    }

    /** The actuator endpoints that are not public: metrics and the dead letters. */
    public IsolationMatrix withActuatorRoutes() {
        return operatorOnly("GET /actuator/metrics", "/actuator/metrics", null)
                .operatorOnly("GET /actuator/metrics/{name}", "/actuator/metrics/http.server.requests", null)
                .operatorOnly("GET /actuator/deadletters", "/actuator/deadletters", null)
                .operatorOnly("POST /actuator/deadletters", "/actuator/deadletters", Map.of("topic", "cls.matrix.none.DLT"));
    }

    /** The owner's {@code Authorization} value, for the {@link #listing} controls. */
    public IsolationMatrix owner(String bearer) {
        this.ownerBearer = bearer;
        return this;
    }

    public IsolationMatrix outsider(String label, String bearer) {
        outsiders.put(label, bearer);
        return this;
    }

    /** An outsider of the owner's own tenant (a coordinator of another contract): may see {@link #tenantWide} secrets. */
    public IsolationMatrix outsiderOfOwnerTenant(String label, String bearer) {
        ofOwnerTenant.add(label);
        return outsider(label, bearer);
    }

    /**
     * Secrets of the owner tenant as a whole rather than of one contract (e.g. the signature of its emails): hidden
     * from other tenants, shown to every user of the tenant.
     */
    public IsolationMatrix tenantWide(String... secrets) {
        tenantWide.addAll(List.of(secrets));
        return this;
    }

    /**
     * Every kind of outside caller, with roles their tenant's kind allows: another ARS's agent and approver, a
     * département's agent and approver that takes part in nothing of the owner's, a coordinator of another
     * contract (in the owner's tenant when it is an ARS), a governance member and an integration client of another
     * ARS, and the platform operator (tenant {@code platform}).
     */
    public IsolationMatrix everyOutsider(String ownerTenant) {
        TestIssuer issuer = TestIssuer.trusted();
        String otherArs = "ars-bretagne".equals(ownerTenant) ? "ars-occitanie" : "ars-bretagne";
        boolean ars = ownerTenant.startsWith("ars-");
        String coordinatorTenant = ars ? ownerTenant : otherArs;
        String coordinator = "Bearer " + issuer.token(claims -> claims.subject("coordinator.elsewhere")
                .claim("tenant", coordinatorTenant).claim("roles", List.of("CLS_COORDINATOR")));
        String coordinatorLabel = "coordinator of another contract of " + coordinatorTenant;
        if (ars) {
            outsiderOfOwnerTenant(coordinatorLabel, coordinator);
        } else {
            outsider(coordinatorLabel, coordinator);
        }
        return outsider("ARS agent and approver of " + otherArs, issuer.bearer(otherArs, "ARS_AGENT", "ARS_APPROVER"))
                .outsider("département agent and approver of cd-35", issuer.bearer("cd-35", "DEPARTEMENT_AGENT",
                        "DEPARTEMENT_APPROVER"))
                .outsider("governance member of " + otherArs, issuer.bearer(otherArs, "GOVERNANCE_MEMBER"))
                // declared for its tenant (test-tenants.yml): refused for the resource, not for its role
                .outsider("integration client of " + otherArs, "Bearer " + issuer.token(claims -> claims
                        .subject("portal-" + otherArs).claim("azp", "portal-" + otherArs).claim("tenant", otherArs)
                        .claim("roles", List.of("INTEGRATION"))))
                .outsider("platform operator", issuer.bearer("platform", "PLATFORM_OPERATOR"));
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

    /** With a single outside caller (kept for callers that name one). */
    public void verify(List<String> ownerSecrets, String foreignBearer) {
        outsider("another tenant", foreignBearer).verify(ownerSecrets);
    }

    /** @param ownerSecrets strings only the owner's data contains (every id its fixture created, titles): never in a foreign answer */
    public void verify(List<String> ownerSecrets) {
        Set<String> documented = documentedOperations();
        assertThat(cases.keySet()).as("every documented operation has an isolation case (add one for a new route)")
                .containsExactlyInAnyOrderElementsOf(documented);
        assertThat(outsiders).as("at least one outside caller").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        try (TestIssuer forger = TestIssuer.untrusted()) {
            Map<String, String> refused = refusedTokens(forger);
            cases.forEach((operation, c) -> {
                List<String> secrets = c.unsent(ownerSecrets);
                refused.forEach((label, bearer) -> expectRefused(soft, operation, c, label, bearer, secrets));
                if (c.shownToOwner() != null) {
                    assertThat(ownerBearer).as("listing cases need the owner's token (owner(...))").isNotNull();
                    HttpTestClient.Response own = call(ownerBearer, operation, c);
                    soft.assertThat(own.status()).as(operation + " by the owner (the control)").isBetween(200, 299);
                    soft.assertThat(own.body()).as(operation + " by the owner shows its row (the control)")
                            .contains(c.shownToOwner());
                }
                boolean namesOwners = c.namesInPathOrBody(ownerSecrets);
                outsiders.forEach((label, bearer) -> {
                    HttpTestClient.Response foreign = call(bearer, operation, c);
                    notRefusedForItsRole(soft, operation, label, foreign);
                    if (namesOwners) {
                        soft.assertThat(foreign.status()).as(operation + " by " + label + " on the owner's resource")
                                .isIn(403, 404);
                    } else {
                        // 412: a change of the caller's own resource (its tenant's settings) from a version it never read.
                        soft.assertThat(foreign.status()).as(operation + " by " + label).isIn(200, 201, 204, 403, 404, 412);
                    }
                    secrets.stream().filter(secret -> !ofOwnerTenant.contains(label) || !tenantWide.contains(secret))
                            .forEach(secret -> soft.assertThat(foreign.body()).as(operation + " by " + label)
                                    .doesNotContain(secret));
                    if (c.shownToOwner() != null) {
                        soft.assertThat(foreign.body()).as(operation + " by " + label).doesNotContain(c.shownToOwner());
                    }
                });
            });
            operatorOnly.forEach((operation, c) -> {
                List<String> secrets = c.unsent(ownerSecrets);
                refused.forEach((label, bearer) -> expectRefused(soft, operation, c, label, bearer, secrets));
                outsiders.forEach((label, bearer) -> {
                    HttpTestClient.Response response = call(bearer, operation, c);
                    notRefusedForItsRole(soft, operation, label, response);
                    if (!label.equals("platform operator")) {
                        soft.assertThat(response.status()).as(operation + " by " + label).isEqualTo(403);
                    }
                    secrets.forEach(secret -> soft.assertThat(response.body()).as(operation + " by " + label)
                            .doesNotContain(secret));
                });
            });
        }
        soft.assertAll();
    }

    /**
     * An outsider holds only roles its tenant may hold: a 403 from the tenant-role rule (before any handler) would
     * hide a leak, the matrix would prove nothing for that caller.
     */
    private static void notRefusedForItsRole(SoftAssertions soft, String operation, String label,
            HttpTestClient.Response response) {
        soft.assertThat(response.body()).as(operation + " by " + label + ": refused for its role, not for the resource")
                .doesNotContain("may not hold the role");
    }

    private void expectRefused(SoftAssertions soft, String operation, Case c, String label, String bearer,
            List<String> secrets) {
        HttpTestClient.Response response = call(bearer, operation, c);
        soft.assertThat(response.status()).as(operation + " with " + label).isEqualTo(401);
        secrets.forEach(secret -> soft.assertThat(response.body()).as(operation + " with " + label).doesNotContain(secret));
    }

    private HttpTestClient.Response call(String bearer, String operation, Case c) {
        HttpTestClient client = bearer.isEmpty() ? new HttpTestClient(baseUrl)
                : new HttpTestClient(baseUrl).with("Authorization", bearer);
        String method = operation.substring(0, operation.indexOf(' '));
        // A change names a version (an outsider cannot know the real one): the answer must then be about the resource.
        return (method.equals("GET") ? client : client.with("If-Match", "\"0\"")).request(method, c.path(), c.body());
    }

    private static Map<String, String> refusedTokens(TestIssuer forger) {
        List<String> roles = List.of("ARS_AGENT", "ARS_APPROVER", "PLATFORM_OPERATOR");
        String expired = TestIssuer.trusted().token(claims -> claims.claim("tenant", "ars-paca").claim("roles", roles)
                .expirationTime(Date.from(Instant.now().minusSeconds(300))));
        return Map.of(
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
    }

    private record Case(String path, Object body, String shownToOwner) {

        /** What the caller sent may be echoed (e.g. the id in a 404's instance); anything else may not. */
        List<String> unsent(List<String> secrets) {
            return secrets.stream().filter(secret -> !path.contains(secret) && !inBody(secret)).toList();
        }

        /**
         * The path (before any query) or the body names an owner's resource: nothing to do or see there for an
         * outsider. An id in the query only filters a list, which may answer empty.
         */
        boolean namesInPathOrBody(List<String> secrets) {
            int query = path.indexOf('?');
            String route = query < 0 ? path : path.substring(0, query);
            return secrets.stream().anyMatch(secret -> route.contains(secret) || inBody(secret));
        }

        private boolean inBody(String text) {
            return body != null && body.toString().contains(text);
        }
    }
}
