package fr.cls.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.cls.deploy.Service;
import fr.cls.platform.test.HttpTestClient;

/** The walking skeleton's flow on the real stack: contract created through the gateway, recorded by notification-service. */
class EndToEndFlowIT {

    static RunningStack stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    HttpTestClient paca() {
        return stack.gatewayAs("agent.paca");
    }

    @Test
    void aContractCreatedThroughTheGatewayIsRecordedByNotificationService() {
        HttpTestClient.Response created = paca().with("X-Correlation-Id", "system-test-1")
                .post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Marseille",
                        "letterOfIntentReceivedOn", "2015-01-15"));
        assertThat(created.status()).isEqualTo(201);
        String contractId = created.json().get("id").asString();

        HttpTestClient.Response deliveries = awaitDeliveries(contractId, 1);
        assertThat(deliveries.json().get("items").get(0).get("eventType").asString()).isEqualTo("cls.contract.initiated.v1");
        assertThat(deliveries.json().get("items").get(0).get("correlationId").asString()).isEqualTo("system-test-1");
        assertThat(stack.gatewayAs("agent.bretagne")
                .get("/api/v1/notifications/deliveries?subject=" + contractId).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void anEventCommittedWhileKafkaIsDownArrivesExactlyOnceWhenItIsBack() throws Exception {
        stack.stack().kafka().stop();
        String contractId;
        try {
            HttpTestClient.Response created = paca().post("/api/v1/contracts",
                    Map.of("kind", "CLSM", "title", "CLSM de Grasse"));
            assertThat(created.status()).isEqualTo(201);
            contractId = created.json().get("id").asString();
            assertThat(outboxPublished(contractId)).as("the event waits in the outbox while Kafka is down").isFalse();
        } finally {
            stack.stack().kafka().start();
        }

        awaitDeliveries(contractId, 1);
        assertThat(outboxPublished(contractId)).isTrue();
        // A later event on the same path proves the earlier one had every chance to arrive twice.
        String later = paca().post("/api/v1/contracts", Map.of("kind", "CLS", "title", "CLS de Toulon"))
                .json().get("id").asString();
        awaitDeliveries(later, 1);
        assertThat(deliveries(contractId).json().get("totalItems").asLong()).isEqualTo(1);
    }

    private HttpTestClient.Response awaitDeliveries(String contractId, long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> deliveries(contractId).json().path("totalItems").asLong() == expected);
        return deliveries(contractId);
    }

    private HttpTestClient.Response deliveries(String contractId) {
        return paca().get("/api/v1/notifications/deliveries?subject=" + contractId);
    }

    private boolean outboxPublished(String contractId) throws SQLException {
        try (Connection db = stack.database(Service.CONTRACT);
                PreparedStatement query = db.prepareStatement(
                        "select published_at is not null from outbox_event where message_key = ?")) {
            query.setString(1, contractId);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).as("outbox row for " + contractId).isTrue();
                return rs.getBoolean(1);
            }
        }
    }
}
