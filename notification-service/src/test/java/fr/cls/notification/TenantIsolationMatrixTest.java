package fr.cls.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.IsolationMatrix;
import fr.cls.platform.test.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class TenantIsolationMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Test
    void everyRouteRefusesBadTokensAndShowsAnotherTenantNothing() throws Exception {
        String base = "http://localhost:" + port;
        UUID contract = UUID.randomUUID();
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contract.toString(), OffsetDateTime.now(), "application/json", "ars-paca",
                "corr-secret-" + UUID.randomUUID(), json.valueToTree(new ContractInitiatedV1(contract, "CLS", "CLS de Toulon",
                        "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2015, 5, 4))));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
        HttpTestClient paca = new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT));
        await().atMost(Duration.ofSeconds(30)).until(() -> paca.get("/api/v1/notifications/deliveries?subject=" + contract)
                .json().path("totalItems").asLong() == 1);

        new IsolationMatrix(base).withPlatformRoutes()
                .with("GET /api/v1/notifications/deliveries", "/api/v1/notifications/deliveries", null)
                .verify(List.of(contract.toString(), event.id().toString(), event.correlationid()),
                        TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER));
    }
}
