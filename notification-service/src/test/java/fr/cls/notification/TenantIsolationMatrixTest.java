package fr.cls.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import com.sun.net.httpserver.HttpServer;

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
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        HttpTestClient.Response hook = new HttpTestClient(base)
                .with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_APPROVER))
                .post("/api/v1/notifications/webhooks", Map.of("url", hookUrl, "eventTypes", List.of("cls.contract.*")));
        String endpointId = hook.json().get("id").asString();
        UUID contract = UUID.randomUUID();
        EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contract.toString(), OffsetDateTime.now(), "application/json", "ars-paca",
                "corr-secret-" + UUID.randomUUID(), json.valueToTree(new ContractInitiatedV1(contract, "CLS", "CLS de Toulon",
                        "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2015, 5, 4))));
        kafka.send(ContractEvents.TOPIC, event.subject(), codec.encode(event)).get();
        HttpTestClient paca = new HttpTestClient(base).with("Authorization", TestIssuer.trusted().bearer("ars-paca", Roles.ARS_AGENT));
        await().atMost(Duration.ofSeconds(30)).until(() -> paca.get("/api/v1/notifications/deliveries?subject=" + contract)
                .json().path("totalItems").asLong() == 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> paca.get("/api/v1/notifications/webhooks/deliveries?status=DELIVERED")
                .json().path("totalItems").asLong() == 1);
        String deliveryId = paca.get("/api/v1/notifications/webhooks/deliveries").json().get("items").get(0).get("id").asString();
        String webhook = "/api/v1/notifications/webhooks/" + endpointId;
        String delivery = "/api/v1/notifications/webhooks/deliveries/" + deliveryId;

        try {
            new IsolationMatrix(base).withPlatformRoutes()
                    .with("GET /api/v1/notifications/deliveries", "/api/v1/notifications/deliveries", null)
                    .with("POST /api/v1/notifications/webhooks", "/api/v1/notifications/webhooks",
                            Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("*")))
                    .with("GET /api/v1/notifications/webhooks", "/api/v1/notifications/webhooks", null)
                    .with("GET /api/v1/notifications/webhooks/{id}", webhook, null)
                    .with("POST /api/v1/notifications/webhooks/{id}/secret-rotation", webhook + "/secret-rotation", null)
                    .with("POST /api/v1/notifications/webhooks/{id}/disable", webhook + "/disable", null)
                    .with("POST /api/v1/notifications/webhooks/{id}/enable", webhook + "/enable", null)
                    .with("DELETE /api/v1/notifications/webhooks/{id}", webhook, null)
                    .with("GET /api/v1/notifications/webhooks/deliveries", "/api/v1/notifications/webhooks/deliveries", null)
                    .with("GET /api/v1/notifications/webhooks/deliveries/{id}", delivery, null)
                    .with("POST /api/v1/notifications/webhooks/deliveries/{id}/replay", delivery + "/replay", null)
                    .verify(List.of(contract.toString(), event.id().toString(), event.correlationid(), endpointId, deliveryId,
                            hookUrl, hook.json().get("secret").asString()),
                            TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT, Roles.ARS_APPROVER));
        } finally {
            receiver.stop(0);
        }
        // Nothing the other tenant tried changed the owner's endpoint.
        assertThat(paca.get(webhook).json().get("status").asString()).isEqualTo("ACTIVE");
    }
}
