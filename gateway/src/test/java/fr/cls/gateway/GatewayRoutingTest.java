package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.sun.net.httpserver.HttpServer;

import fr.cls.identity.test.TestIssuer;

/** Routing, correlation ids and fallbacks, against a stand-in for contract-service and a port where nothing listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static HttpServer contractService;
    static final Map<String, String> lastRequest = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startStandIn() throws IOException {
        contractService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        contractService.createContext("/", exchange -> {
            lastRequest.put("path", exchange.getRequestURI().toString());
            lastRequest.put("correlation", String.valueOf(exchange.getRequestHeaders().getFirst("X-Correlation-Id")));
            lastRequest.put("traceparent", String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            lastRequest.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Correlation-Id", lastRequest.get("correlation"));
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        contractService.start();
    }

    @AfterAll
    static void stopStandIn() {
        contractService.stop(0);
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) throws IOException {
        registry.add("CLS_CONTRACT_URL", () -> "http://127.0.0.1:" + contractService.getAddress().getPort());
        registry.add("CLS_FUNDING_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
        registry.add("cls.tenants.file", () -> "classpath:test-tenants.yml");
        registry.add("cls.gateway.max-body-size", () -> "1KB");
    }

    WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    WebTestClient client() {
        return as("ars-paca", "ARS_AGENT");
    }

    WebTestClient as(String tenant, String role) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestIssuer.trusted().bearer(tenant, role)).build();
    }

    @Test
    void routesContractCallsToContractServiceAndKeepsTheCallersCorrelationId() {
        client().post().uri("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .header("X-Correlation-Id", "abc-123")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().values("X-Correlation-Id", values -> assertThat(values).containsExactly("abc-123"))
                .expectBody().jsonPath("$.id").isEqualTo("c-1");

        assertThat(lastRequest).containsEntry("path", "/api/v1/contracts").containsEntry("correlation", "abc-123");
    }

    @Test
    void forwardsTheCallersTraceWithATraceparentOfTheSameTraceId() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client().get().uri("/api/v1/contracts/42").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isCreated();

        assertThat(lastRequest.get("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void startsATraceForARequestWithoutOneAndPassesItOn() {
        client().get().uri("/api/v1/contracts/43").exchange().expectStatus().isCreated();

        assertThat(lastRequest.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    @Test
    void routesTheFundersPlansToContractService() {
        client().get().uri("/api/v1/funder-plans?funder=cd-53").exchange().expectStatus().isCreated();
        assertThat(lastRequest).containsEntry("path", "/api/v1/funder-plans?funder=cd-53");
    }

    @Test
    void routesAServicesAuditTrailToThatService() {
        client().get().uri("/api/v1/audit/contract-service/verify").exchange().expectStatus().isCreated();
        assertThat(lastRequest).containsEntry("path", "/api/v1/audit/verify");
        client().get().uri("/api/v1/audit/contract-service?action=contract.initiate").exchange().expectStatus().isCreated();
        assertThat(lastRequest).containsEntry("path", "/api/v1/audit?action=contract.initiate");
    }

    @Test
    void givesARequestWithoutCorrelationIdOneAndPassesItOn() {
        String given = client().get().uri("/api/v1/contracts/42").exchange()
                .expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(given).isNotBlank().isEqualTo(lastRequest.get("correlation"));
    }

    @Test
    void answersProblemJsonNamingTheServiceWhenItIsDown() {
        client().get().uri("/api/v1/funding/schemes").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", FallbackController.RETRY_AFTER_SECONDS)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.type").isEqualTo("/docs/problems.md#service-unavailable")
                .jsonPath("$.service").isEqualTo("funding-service");
    }

    @Test
    void theGatewaysOwnProblemsAreInFrenchByDefaultAndInEnglishWhenAskedAndSaySo() {
        client().get().uri("/api/v1/funding/schemes").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Content-Language", "fr")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service indisponible")
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).startsWith("funding-service est indisponible"));
        client().get().uri("/api/v1/funding/schemes").header("Accept-Language", "en-GB,fr;q=0.5").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).startsWith("funding-service is unavailable"));
        anonymous().get().uri("/api/v1/contracts").header("Accept-Language", "en").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Language", "en")
                .expectBody().jsonPath("$.title").isEqualTo("Unauthenticated");
        anonymous().get().uri("/api/v1/contracts").header("Accept-Language", "de, it;q=0.8").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Content-Language", "fr")
                .expectBody().jsonPath("$.title").isEqualTo("Non authentifié");
        client().get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("Content-Language", "fr")
                .expectBody().jsonPath("$.detail").isEqualTo("ressource inconnue\u00a0: /api/v1/nothing-here");
        client().get().uri("/api/v1/nothing-here").header("Accept-Language", "en").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("no such resource: /api/v1/nothing-here");
    }

    @Test
    void aTenantOverItsRateLimitIsToldSoInItsLanguage() {
        WebTestClient tiny = as("cd-tiny", "DEPARTEMENT_AGENT");
        String detail = null;
        for (int i = 0; i < 6 && detail == null; i++) {
            var result = tiny.get().uri("/api/v1/contracts").header("Accept-Language", "en").exchange().returnResult(String.class);
            if (result.getStatus().value() == 429) {
                assertThat(result.getResponseHeaders().getFirst("Content-Language")).isEqualTo("en");
                detail = result.getResponseBody().blockFirst();
            }
        }
        assertThat(detail).contains("\"title\":\"Too many requests\"", "your tenant’s request rate is over its limit; retry after");
    }

    @Test
    void aRequestWithoutTokenOrFromAnUntrustedIssuerIsRefusedAsProblem() {
        anonymous().get().uri("/api/v1/contracts").header("X-Correlation-Id", "refused-1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Correlation-Id", "refused-1")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", v -> assertThat(v).startsWith("Bearer"))
                .expectBody().jsonPath("$.type").isEqualTo("/docs/problems.md#unauthorized");
        try (TestIssuer stranger = TestIssuer.untrusted()) {
            anonymous().get().uri("/api/v1/contracts").header("Authorization", stranger.bearer("ars-paca", "ARS_AGENT"))
                    .exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void aTenantOverItsRateLimitGets429WithRetryAfter() {
        WebTestClient tiny = as("cd-tiny", "DEPARTEMENT_AGENT");
        int refused = 0;
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            var result = tiny.get().uri("/api/v1/contracts").exchange().returnResult(String.class);
            if (result.getStatus().value() == 429) {
                refused++;
                retryAfter = result.getResponseHeaders().getFirst("Retry-After");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        assertThat(refused).isPositive();
        assertThat(retryAfter).isNotBlank();
        client().get().uri("/api/v1/contracts/7").exchange().expectStatus().isCreated();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeReachingTheService() {
        lastRequest.remove("path");
        client().post().uri("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON).bodyValue("x".repeat(2048))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(lastRequest).doesNotContainKey("path");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndNeverForwarded() throws Exception {
        lastRequest.remove("path");
        HttpResponse<String> response = postChunked("y".repeat(4096));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).contains("dépasse la limite de 1024 octets");
        assertThat(lastRequest).doesNotContainKey("path");
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() throws Exception {
        String body = "{\"title\":\"" + "z".repeat(700) + "\"}";
        HttpResponse<String> response = postChunked(body);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(lastRequest.get("body")).isEqualTo(body);
    }

    /** A body of unknown length: the JDK client sends it chunked. */
    private HttpResponse<String> postChunked(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/contracts"))
                .header("Authorization", TestIssuer.trusted().bearer("ars-paca", "ARS_AGENT"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPathAnswers404AsProblem() {
        client().get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aBrowserFrontEndMayCallTheApiAndResponsesCarrySecurityHeaders() {
        anonymous().options().uri("/api/v1/contracts")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
        client().get().uri("/api/v1/contracts").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void operatorsSeeTheTenantsIssuersOthersOnlyWhoIsThere() {
        as("platform", "PLATFORM_OPERATOR").get().uri("/api/v1/tenants").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id=='cd-tiny')].issuers[0]").isEqualTo(TestIssuer.trusted().issuer());
        client().get().uri("/api/v1/tenants/cd-tiny").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("A tenant with a tiny limit").jsonPath("$.issuers").doesNotExist();
    }

    /** Issue 13, point 11: the gateway's own routes (tenant view, actuator) tried with every role of a tenant. */
    @Test
    void everyRoleButTheOperatorSeesNoIssuerAndIsRefusedTheGatewayActuator() {
        String issuer = TestIssuer.trusted().issuer();
        for (String role : java.util.List.of("ARS_AGENT", "ARS_APPROVER", "CLS_COORDINATOR", "GOVERNANCE_MEMBER", "INTEGRATION")) {
            for (String view : java.util.List.of("/api/v1/tenants", "/api/v1/tenants/ars-paca", "/api/v1/tenants/platform")) {
                as("ars-paca", role).get().uri(view).exchange().expectStatus().isOk()
                        .expectBody(String.class).value(body -> assertThat(body).as(role + " " + view)
                                .doesNotContain(issuer).doesNotContain("burst"));
            }
            for (String actuator : java.util.List.of("/actuator/metrics", "/actuator/gateway/routes")) {
                as("ars-paca", role).get().uri(actuator).exchange().expectStatus().isForbidden();
            }
        }
        anonymous().get().uri("/api/v1/tenants").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        as("platform", "PLATFORM_OPERATOR").get().uri("/actuator/metrics").exchange().expectStatus().isOk();
        as("platform", "PLATFORM_OPERATOR").get().uri("/api/v1/tenants").exchange().expectBody(String.class)
                .value(body -> assertThat(body).as("the control: the operator's view has them").contains(issuer, "burst"));
    }

    @Test
    void swaggerUiListsTheOpenApiDocumentOfEveryService() {
        anonymous().get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[*].name").value(names -> assertThat(names.toString())
                        .contains("contract-service", "funding-service", "governance-service", "notification-service"));
    }

    @Test
    void swaggerUiLogsInWithTheCodeFlowAndPkceOfClsWeb() {
        anonymous().get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.oauth2RedirectUrl").value(url -> assertThat(url.toString()).endsWith("/oauth2-redirect.html"));
        anonymous().get().uri("/webjars/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("initOAuth", "cls-web",
                        "\"usePkceWithAuthorizationCodeGrant\":true"));
    }

    @Test
    void servesTheProblemsPageProblemTypesPointToWithoutAToken() {
        anonymous().get().uri("/docs/problems.md").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("## unauthorized", "## rate-limited"));
    }

    @Test
    void routesEachServicesAsyncApiDocumentWithoutAToken() {
        anonymous().get().uri("/v3/asyncapi/contract-service").exchange().expectStatus().isCreated();
        assertThat(lastRequest).containsEntry("path", "/v3/asyncapi");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
