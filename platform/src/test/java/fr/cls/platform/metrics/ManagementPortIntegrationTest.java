package fr.cls.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

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
