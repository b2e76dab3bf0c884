package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import fr.cls.identity.test.TestIssuer;

/**
 * Roles are bound to tenants (test-tenants-issuers.yml: tenant-a is an ARS, tenant-b a département trusting a
 * second issuer): a token claiming a role its tenant may not hold is refused with 403 before any route, and a
 * token without expiry is not accepted at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantRolesGatewayTest {

    static final TestIssuer issuerA = TestIssuer.trusted();
    static final TestIssuer issuerB = TestIssuer.untrusted();
    static final StandInService service = StandInService.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("CLS_CONTRACT_URL", service::url);
        registry.add("CLS_IDP_ISSUER", issuerA::issuer);
        registry.add("cls.test.second-issuer", issuerB::issuer);
        registry.add("cls.tenants.file", () -> "classpath:test-tenants-issuers.yml");
    }

    @AfterAll
    static void stop() {
        issuerB.close();
        service.close();
    }

    @Test
    void aDepartementTokenClaimingArsApproverIsForbidden() {
        forbidden(get("/api/v1/contracts", issuerB.bearer("tenant-b", "DEPARTEMENT_AGENT", "ARS_APPROVER")), "ARS_APPROVER");
        get("/api/v1/contracts", issuerB.bearer("tenant-b", "DEPARTEMENT_AGENT")).expectStatus().isOk();
    }

    @Test
    void aNonPlatformTenantClaimingPlatformOperatorIsForbiddenOnTheApiAndOnActuator() {
        forbidden(get("/api/v1/contracts", issuerA.bearer("tenant-a", "PLATFORM_OPERATOR")), "PLATFORM_OPERATOR");
        forbidden(get("/actuator/metrics", issuerA.bearer("tenant-a", "PLATFORM_OPERATOR")), "PLATFORM_OPERATOR");
        get("/actuator/metrics", issuerA.bearer("platform", "PLATFORM_OPERATOR")).expectStatus().isOk();
    }

    @Test
    void aTokenWithoutExpiryIsUnauthenticated() {
        String noExp = "Bearer " + issuerA.token(claims -> claims.expirationTime(null).claim("tenant", "tenant-a")
                .claim("roles", List.of("ARS_AGENT")));
        get("/api/v1/contracts", noExp).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String withExp = "Bearer " + issuerA.token(claims -> claims.expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .claim("tenant", "tenant-a").claim("roles", List.of("ARS_AGENT")));
        get("/api/v1/contracts", withExp).expectStatus().isOk();
    }

    private static void forbidden(WebTestClient.ResponseSpec response, String role) {
        response.expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body).contains(role));
    }

    private WebTestClient.ResponseSpec get(String path, String authorization) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri(path).header("Authorization", authorization).exchange();
    }
}
