package fr.cls.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.testapp.PlatformIntegrationTest;

/** Prometheus scrapes the management port without a token; the application port keeps asking for one. */
@PlatformIntegrationTest
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIntegrationTest {

    @LocalServerPort
    int applicationPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void theManagementPortServesThePlatformFiguresInThePrometheusFormatWithoutAToken() {
        HttpTestClient.Response scrape = new HttpTestClient("http://127.0.0.1:" + managementPort).get("/actuator/prometheus");

        assertThat(managementPort).isNotEqualTo(applicationPort);
        assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
        assertThat(scrape.body()).contains("cls_outbox_backlog", "cls_outbox_oldest_age_seconds", "http_server_requests");
    }

    @Test
    void requestsAreCountedPerTenantOfTheirTokenAndWithoutOneAsNone() {
        String tenant = "ars-bretagne";
        String token = TestIssuer.trusted().token(claims -> claims.subject("agent.metrics").claim("tenant", tenant)
                .claim("roles", List.of("ARS_AGENT")));
        HttpTestClient application = new HttpTestClient("http://127.0.0.1:" + applicationPort);
        application.with("Authorization", "Bearer " + token).post("/api/notes", Map.of("text", "compté"));
        application.get("/api/notes-anonymous-" + UUID.randomUUID());

        String scrape = new HttpTestClient("http://127.0.0.1:" + managementPort).get("/actuator/prometheus").body();

        assertThat(scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anySatisfy(l -> assertThat(l).contains("tenant=\"" + tenant + "\"", "uri=\"/api/notes\""))
                .anySatisfy(l -> assertThat(l).contains("tenant=\"none\"", "status=\"401\""));
    }

    @Test
    void theApplicationPortAsksForATokenForThePrometheusFigures() {
        HttpTestClient.Response scrape = new HttpTestClient("http://127.0.0.1:" + applicationPort).get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(401);
    }

    @Test
    void theOtherActuatorEndpointsOfTheManagementPortStillNeedAnOperator() {
        HttpTestClient management = new HttpTestClient("http://127.0.0.1:" + managementPort);

        assertThat(management.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(management.get("/actuator/deadletters").status()).isEqualTo(401);
        assertThat(management.get("/actuator/health").status()).isEqualTo(200);
    }
}
