package fr.cls.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Several issuers are trusted at once, each for its own tenants (test-tenants-issuers.yml): issuer A for tenant-a,
 * issuer B for tenant-b only. A token is accepted only when its tenant trusts its issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustedIssuersPerTenantTest {

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
    void aTokenOfTheSecondIssuerForItsOwnTenantIsAccepted() {
        call(issuerB.bearer("tenant-b", "DEPARTEMENT_AGENT")).expectStatus().isOk();
        call(issuerA.bearer("tenant-a", "ARS_AGENT")).expectStatus().isOk();
    }

    @Test
    void aTokenOfTheSecondIssuerClaimingAnotherTenantIsRefused() {
        refused(issuerB.bearer("tenant-a", "ARS_AGENT"));
    }

    @Test
    void aTokenOfTheFirstIssuerClaimingTheSecondIssuersTenantIsRefused() {
        refused(issuerA.bearer("tenant-b", "DEPARTEMENT_AGENT"));
    }

    @Test
    void aTokenOfATrustedIssuerClaimingNoTenantOrAnUnknownOneIsRefused() {
        refused(issuerB.bearer("tenant-z", "ARS_AGENT"));
        refused("Bearer " + issuerB.token(claims -> claims.claim("roles", java.util.List.of("ARS_AGENT"))));
    }

    private void refused(String authorization) {
        call(authorization).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", v -> assertThat(v).contains("invalid_token"));
    }

    private WebTestClient.ResponseSpec call(String authorization) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/v1/contracts").header("Authorization", authorization).exchange();
    }
}
