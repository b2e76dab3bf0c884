package fr.cls.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.platform.test.TestTenants;
import tools.jackson.databind.JsonNode;

/** Small delays: answers within 1 s, 3 calls per dispatch, dead after 5 calls, a circuit that opens after 4 failed calls for 2 s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cls.notification.webhooks.dispatch-interval=PT1S",
        "cls.notification.webhooks.read-timeout=PT1S",
        "cls.notification.webhooks.retry.max-attempts=3",
        "cls.notification.webhooks.retry.initial-backoff=PT0.05S",
        "cls.notification.webhooks.redelivery.initial=PT0.2S",
        "cls.notification.webhooks.redelivery.max=PT1S",
        "cls.notification.webhooks.dead-after=5",
        "cls.notification.webhooks.circuit.sliding-window=4",
        "cls.notification.webhooks.circuit.minimum-calls=4",
        "cls.notification.webhooks.circuit.wait-in-open=PT2S"})
@Import(TestInfrastructure.class)
class WebhookDeliveryIntegrationTest extends EventApiTestSupport {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final String PORTAL_SECRET = "whsec_c2ltdWxhdGVkLXBvcnRhbC1kZW1vLXNlY3JldA==";
    static final String WEBHOOKS = "/api/v1/notifications/webhooks";
    static final String DELIVERIES = WEBHOOKS + "/deliveries";

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void aReceiverGetsTheEnvelopeOnceAsReceivedAndSignedPerStandardWebhooks() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver contracts = WebhookReceiver.started(); WebhookReceiver funding = WebhookReceiver.started()) {
            JsonNode endpoint = register(tenant, contracts.url(), List.of("cls.contract.*"), null);
            register(tenant, funding.url(), List.of("cls.funding.*"), null);
            String secret = endpoint.get("secret").asString();
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            String raw = publish(ContractEvents.TOPIC, event);

            await().atMost(WAIT).until(() -> contracts.deliveredWithId(event.id()) == 1);
            WebhookReceiver.Received received = contracts.received().get(0);
            assertThat(received.body()).isEqualTo(raw);
            assertThat(received.header("webhook-id")).isEqualTo(event.id().toString());
            assertThat(received.header("content-type")).startsWith("application/json");
            long timestamp = Long.parseLong(received.header("webhook-timestamp"));
            assertThat(Duration.between(Instant.ofEpochSecond(timestamp), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(StandardWebhookVerifier.validSignatures(secret, received.header("webhook-id"),
                    received.header("webhook-timestamp"), received.body(), received.header("webhook-signature"))).isEqualTo(1);

            JsonNode delivery = awaitDelivery(tenant, endpoint, "DELIVERED");
            assertThat(delivery.get("eventId").asString()).isEqualTo(event.id().toString());
            // Success and latency per endpoint, for the operators' dashboards.
            assertThat(meters.find("cls.webhooks.latency").tags("tenant", tenant, "endpoint",
                    endpoint.get("id").asString(), "outcome", "succeeded").timer()).isNotNull()
                    .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
            assertThat(delivery.get("url").asString()).isEqualTo(contracts.url());
            assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(204);
            JsonNode attempts = approver(tenant).get(DELIVERIES + "/" + delivery.get("id").asString()).json().get("attempts");
            assertThat(attempts).hasSize(1);
            assertThat(attempts.get(0).get("succeeded").asBoolean()).isTrue();
            assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(204);

            // The secret is shown at creation only.
            assertThat(approver(tenant).get(WEBHOOKS + "/" + endpoint.get("id").asString()).body()).doesNotContain(secret);
            assertThat(approver(tenant).get(WEBHOOKS).body()).doesNotContain(secret);

            // A later funding event reaches the funding endpoint; the contract event never did.
            EventEnvelope submitted = fundingEvent(tenant);
            publish(FundingEvents.TOPIC, submitted);
            await().atMost(WAIT).until(() -> funding.deliveredWithId(submitted.id()) == 1);
            assertThat(funding.received()).extracting(r -> r.header("webhook-id")).containsOnly(submitted.id().toString());
            assertThat(contracts.deliveredWithId(submitted.id())).isZero();
        }
    }

    @Test
    void aTenantKeepsAtMostTwentyEndpointsAndMayAddOneAgainAfterDeletingOne() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            keepsAtMostTwenty(tenant, receiver.url());
        }
    }

    private void keepsAtMostTwenty(String tenant, String url) {
        List<JsonNode> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            kept.add(register(tenant, url, List.of("cls.contract.*"), null));
        }

        HttpTestClient.Response refused = approver(tenant).post(WEBHOOKS, Map.of("url", url, "eventTypes", List.of("cls.*")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/violations/0/rule").asString()).isEqualTo("webhook-endpoints-limit");
        assertThat(approver(tenant).get(WEBHOOKS + "?size=100").json().get("totalItems").asLong()).isEqualTo(20);

        String first = WEBHOOKS + "/" + kept.get(0).get("id").asString();
        assertThat(approver(tenant).ifMatch(first).request("DELETE", first, null).status()).isEqualTo(204);
        register(tenant, url, List.of("cls.contract.*"), null);
    }

    @Test
    void aWebhookCallCarriesATraceparentContinuingTheTraceTheEventArrivedWith() throws Exception {
        String tenant = TestTenants.next();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            register(tenant, receiver.url(), List.of("*"), null);
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            ProducerRecord<String, String> record = new ProducerRecord<>(ContractEvents.TOPIC, event.subject(), codec.encode(event));
            record.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
            kafka.send(record).get();

            await().atMost(WAIT).until(() -> receiver.deliveredWithId(event.id()) == 1);
            assertThat(receiver.received().get(0).header("traceparent"))
                    .as("the call's traceparent: same trace, the sending span as parent")
                    .matches("00-" + traceId + "-[0-9a-f]{16}-01").isNotEqualTo("00-" + traceId + "-00f067aa0ba902b7-01");
        }
    }

    @Test
    void aReceiverThatFailsTwiceThenRecoversGetsTheEventOnceWithEveryAttemptLogged() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver flaky = WebhookReceiver.started(500, 503)) {
            JsonNode endpoint = register(tenant, flaky.url(), List.of("*"), null);
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, event);

            JsonNode delivery = awaitDelivery(tenant, endpoint, "DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            JsonNode attempts = approver(tenant).get(DELIVERIES + "/" + delivery.get("id").asString()).json().get("attempts");
            assertThat(attempts).extracting(a -> a.get("statusCode").asInt()).containsExactly(500, 503, 204);
            assertThat(attempts).extracting(a -> a.get("succeeded").asBoolean()).containsExactly(false, false, true);
            assertThat(attempts.get(0).get("error").asString()).isEqualTo("HTTP 500");
            assertThat(flaky.received()).hasSize(3).extracting(r -> r.header("webhook-id")).containsOnly(event.id().toString());
            assertThat(flaky.deliveredWithId(event.id())).isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeCountsAsAFailedAttemptAndTheRetryDelivers() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver slow = WebhookReceiver.started(WebhookReceiver.HANG)) {
            JsonNode endpoint = register(tenant, slow.url(), List.of("*"), null);
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, event);

            JsonNode delivery = awaitDelivery(tenant, endpoint, "DELIVERED");
            JsonNode attempts = approver(tenant).get(DELIVERIES + "/" + delivery.get("id").asString()).json().get("attempts");
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).get("succeeded").asBoolean()).isFalse();
            assertThat(attempts.get(0).get("statusCode").isNull()).isTrue();
            assertThat(attempts.get(0).get("error").asString()).isEqualTo("timeout");
            assertThat(attempts.get(0).get("durationMs").asLong()).isGreaterThanOrEqualTo(900);
            assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(204);
            assertThat(slow.deliveredWithId(event.id())).isEqualTo(1);
        }
    }

    @Test
    void aReceiverThatIsDownOpensTheCircuitGoesToTheDeadLettersAndAReplayDeliversOnceItIsBack() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver down = WebhookReceiver.down()) {
            JsonNode endpoint = register(tenant, down.url(), List.of("cls.contract.*"), null);
            String endpointPath = WEBHOOKS + "/" + endpoint.get("id").asString();
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, event);

            await().atMost(WAIT).until(() -> "OPEN".equals(approver(tenant).get(endpointPath).json().get("circuitState").asString()));
            JsonNode dead = awaitDelivery(tenant, endpoint, "DEAD");
            assertThat(approver(tenant).get(DELIVERIES + "?status=DEAD").json().get("totalItems").asLong()).isEqualTo(1);
            assertThat(dead.get("attempts").asInt()).isEqualTo(5);
            String deliveryPath = DELIVERIES + "/" + dead.get("id").asString();
            JsonNode attempts = approver(tenant).get(deliveryPath).json().get("attempts");
            assertThat(attempts).hasSize(5).allSatisfy(a -> {
                assertThat(a.get("succeeded").asBoolean()).isFalse();
                assertThat(a.get("statusCode").isNull()).isTrue();
                assertThat(a.get("error").asString()).isEqualTo("connection refused");
            });

            // The operator sees that deliveries died, not whose.
            JsonNode deadCount = api("platform", Roles.PLATFORM_OPERATOR)
                    .get("/actuator/metrics/cls.webhooks.deliveries?tag=outcome:dead").json();
            assertThat(deadCount.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

            down.start();
            assertThat(api(tenant, Roles.ARS_AGENT).ifMatch(deliveryPath).post(deliveryPath + "/replay", "").status()).isEqualTo(403);
            assertThat(approver(tenant).post(deliveryPath + "/replay", "").status()).as("no If-Match").isEqualTo(428);
            HttpTestClient.Response replay = approver(tenant).ifMatch(deliveryPath).post(deliveryPath + "/replay", "");
            assertThat(replay.status()).isEqualTo(202);
            assertThat(replay.json().get("status").asString()).isEqualTo("PENDING");

            await().atMost(WAIT).until(() -> down.deliveredWithId(event.id()) == 1);
            JsonNode delivered = awaitDelivery(tenant, endpoint, "DELIVERED");
            assertThat(delivered.get("id").asString()).isEqualTo(dead.get("id").asString());
            assertThat(approver(tenant).get(deliveryPath).json().get("attempts")).hasSizeGreaterThanOrEqualTo(6);
            assertThat(down.received()).hasSize(1);
        }
    }

    @Test
    void duringASecretRotationBothTheNewAndThePreviousSecretSign() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode endpoint = register(tenant, receiver.url(), List.of("*"), PORTAL_SECRET);
            assertThat(endpoint.get("secret").asString()).isEqualTo(PORTAL_SECRET);
            String rotationPath = WEBHOOKS + "/" + endpoint.get("id").asString() + "/secret-rotation";

            HttpTestClient.Response rotated = approver(tenant).ifMatch(WEBHOOKS + "/" + endpoint.get("id").asString())
                    .post(rotationPath, "");
            assertThat(rotated.status()).isEqualTo(200);
            String newSecret = rotated.json().get("secret").asString();
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(PORTAL_SECRET);
            assertThat(Instant.parse(rotated.json().get("previousSecretExpiresAt").asString()))
                    .isAfter(Instant.now().plus(Duration.ofHours(23)));

            EventEnvelope first = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, first);
            await().atMost(WAIT).until(() -> receiver.deliveredWithId(first.id()) == 1);
            WebhookReceiver.Received both = receiver.received().get(0);
            assertThat(both.header("webhook-signature").split(" ")).hasSize(2);
            assertThat(validSignatures(PORTAL_SECRET, both)).isEqualTo(1);
            assertThat(validSignatures(newSecret, both)).isEqualTo(1);

            // A rotation with no overlap revokes the previous secret at once (a leaked secret).
            String third = approver(tenant).ifMatch(WEBHOOKS + "/" + endpoint.get("id").asString())
                    .post(rotationPath, Map.of("previousSecretValidHours", 0)).json().get("secret").asString();
            EventEnvelope second = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, second);
            await().atMost(WAIT).until(() -> receiver.deliveredWithId(second.id()) == 1);
            WebhookReceiver.Received single = receiver.received().stream()
                    .filter(r -> second.id().toString().equals(r.header("webhook-id"))).findFirst().orElseThrow();
            assertThat(single.header("webhook-signature").split(" ")).hasSize(1);
            assertThat(validSignatures(third, single)).isEqualTo(1);
            assertThat(validSignatures(newSecret, single)).isZero();
        }
    }

    @Test
    void aRedeliveredKafkaEventSendsOneWebhook() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode endpoint = register(tenant, receiver.url(), List.of("cls.contract.*"), null);
            EventEnvelope first = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, first);
            publish(ContractEvents.TOPIC, first);
            // Same key, same partition: once the later event is delivered, both copies of the first were consumed.
            EventEnvelope later = contractEvent(tenant, UUID.fromString(first.subject()));
            publish(ContractEvents.TOPIC, later);

            await().atMost(WAIT).until(() -> receiver.deliveredWithId(later.id()) == 1);
            await().atMost(WAIT).until(() -> receiver.deliveredWithId(first.id()) == 1);
            assertThat(receiver.received()).hasSize(2);
            assertThat(approver(tenant).get(DELIVERIES + "?endpoint=" + endpoint.get("id").asString()).json()
                    .get("totalItems").asLong()).isEqualTo(2);
        }
    }

    @Test
    void anotherTenantsEndpointNeverGetsTheEventAndItsDeliveriesAnswer404() throws Exception {
        String owner = TestTenants.next();
        String other = TestTenants.next();
        try (WebhookReceiver ownerReceiver = WebhookReceiver.started(); WebhookReceiver otherReceiver = WebhookReceiver.started()) {
            JsonNode ownerEndpoint = register(owner, ownerReceiver.url(), List.of("*"), null);
            register(other, otherReceiver.url(), List.of("*"), null);
            EventEnvelope ownerEvent = contractEvent(owner, UUID.randomUUID());
            EventEnvelope otherEvent = contractEvent(other, UUID.fromString(ownerEvent.subject()));
            publish(ContractEvents.TOPIC, ownerEvent);
            publish(ContractEvents.TOPIC, otherEvent);

            await().atMost(WAIT).until(() -> otherReceiver.deliveredWithId(otherEvent.id()) == 1);
            await().atMost(WAIT).until(() -> ownerReceiver.deliveredWithId(ownerEvent.id()) == 1);
            assertThat(otherReceiver.received()).extracting(r -> r.header("webhook-id")).containsOnly(otherEvent.id().toString());

            String ownerDelivery = awaitDelivery(owner, ownerEndpoint, "DELIVERED").get("id").asString();
            String ownerEndpointPath = WEBHOOKS + "/" + ownerEndpoint.get("id").asString();
            HttpTestClient foreign = approver(other);
            assertThat(foreign.get(DELIVERIES + "/" + ownerDelivery).status()).isEqualTo(404);
            assertThat(foreign.with("If-Match", "\"0\"").post(DELIVERIES + "/" + ownerDelivery + "/replay", "").status()).isEqualTo(404);
            assertThat(foreign.get(ownerEndpointPath).status()).isEqualTo(404);
            assertThat(foreign.ifMatch(ownerEndpointPath).post(ownerEndpointPath + "/secret-rotation", "").status()).isEqualTo(404);
            assertThat(foreign.ifMatch(ownerEndpointPath).request("DELETE", ownerEndpointPath, null).status()).isEqualTo(404);
            assertThat(foreign.get(DELIVERIES).body()).doesNotContain(ownerDelivery).doesNotContain(ownerEvent.id().toString());
            assertThat(foreign.get(DELIVERIES + "?endpoint=" + ownerEndpoint.get("id").asString()).json()
                    .get("totalItems").asLong()).isZero();
            assertThat(approver(owner).get(ownerEndpointPath).status()).isEqualTo(200);
        }
    }

    @Test
    void theDatabaseHidesATenantsWebhookRowsFromAnyOtherTenantAndFromWorkWithoutATenant() throws Exception {
        String owner = TestTenants.next();
        String other = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            JsonNode endpoint = register(owner, receiver.url(), List.of("*"), null);
            publish(ContractEvents.TOPIC, contractEvent(owner, UUID.randomUUID()));
            awaitDelivery(owner, endpoint, "DELIVERED");
            UUID id = UUID.fromString(endpoint.get("id").asString());

            Map<String, String> queries = Map.of(
                    "webhook_endpoint", "select count(*) from webhook_endpoint where id = ?",
                    "webhook_delivery", "select count(*) from webhook_delivery where endpoint_id = ?",
                    "webhook_attempt", "select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                            + " where d.endpoint_id = ?");
            for (Map.Entry<String, String> query : queries.entrySet()) {
                String table = query.getKey();
                String sql = query.getValue();
                assertThat(rows(owner, sql, id)).as(table + " for its owner").isPositive();
                assertThat(rows(other, sql, id)).as(table + " for another tenant").isZero();
                Integer withoutTenant = tx.execute(status -> jdbc.queryForObject(sql, Integer.class, id));
                assertThat(withoutTenant).as(table + " without a tenant").isZero();
            }
        }
    }

    @Test
    void aBadEndpointIsRefusedWithAProblemNamingTheFieldAndNothingIsCreated() {
        String tenant = TestTenants.next();
        List<Map<String, Object>> bad = List.of(
                Map.of("url", "ftp://portal.example/hooks", "eventTypes", List.of("*")),
                Map.of("url", "/webhooks", "eventTypes", List.of("*")),
                Map.of("url", "not a url", "eventTypes", List.of("*")),
                Map.of("eventTypes", List.of("*")),
                Map.of("url", "https://portal.example/hooks", "eventTypes", List.of()),
                Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("cls.*.v1")),
                Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("*"), "secret", "not-a-secret"),
                Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("*"), "description", "ours\u0000"),
                Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("cls.funding.*", "cls.\u0007*")));
        List<String> fields = List.of("url", "url", "url", "url", "eventTypes", "eventTypes", "secret", "description",
                "eventTypes[1]");
        for (int i = 0; i < bad.size(); i++) {
            HttpTestClient.Response refused = approver(tenant).post(WEBHOOKS, bad.get(i));
            assertThat(refused.status()).as(bad.get(i).toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(fields.get(i));
            assertThat(refused.json().get("errors").get(0).get("rule").asString()).isNotBlank();
        }
        assertThat(approver(tenant).get(WEBHOOKS).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void onlyTheTenantsApproversManageEndpointsWhileAgentsAndTheIntegrationClientRead() {
        String tenant = TestTenants.next();
        Map<String, Object> body = Map.of("url", "https://portal.example/hooks", "eventTypes", List.of("cls.funding.*"));
        assertThat(api(tenant, Roles.ARS_AGENT).post(WEBHOOKS, body).status()).isEqualTo(403);
        assertThat(api(tenant, Roles.INTEGRATION).post(WEBHOOKS, body).status()).isEqualTo(403);
        assertThat(api(tenant, Roles.ARS_APPROVER).post(WEBHOOKS, body).status()).isEqualTo(201);
        String departement = TestTenants.nextDepartement();
        assertThat(api(departement, Roles.DEPARTEMENT_AGENT).post(WEBHOOKS, body).status()).isEqualTo(403);
        assertThat(api(departement, Roles.DEPARTEMENT_APPROVER).post(WEBHOOKS, body).status()).isEqualTo(201);
        JsonNode listed = api(tenant, Roles.INTEGRATION).get(WEBHOOKS).json();
        assertThat(listed.get("totalItems").asLong()).isEqualTo(1);
        String path = WEBHOOKS + "/" + listed.get("items").get(0).get("id").asString();
        assertThat(api(tenant, Roles.ARS_AGENT).get(path).status()).isEqualTo(200);
        assertThat(api(tenant, Roles.ARS_AGENT).ifMatch(path).post(path + "/secret-rotation", "").status()).isEqualTo(403);
        assertThat(api(tenant, Roles.INTEGRATION).ifMatch(path).request("DELETE", path, null).status()).isEqualTo(403);
        assertThat(api(tenant, Roles.GOVERNANCE_MEMBER).get(DELIVERIES).status()).isEqualTo(403);
    }

    @Test
    void aDisabledEndpointGetsNothingAndADeletedOneDisappearsFromTheList() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver disabled = WebhookReceiver.started(); WebhookReceiver active = WebhookReceiver.started()) {
            JsonNode off = register(tenant, disabled.url(), List.of("*"), null);
            register(tenant, active.url(), List.of("*"), null);
            String offPath = WEBHOOKS + "/" + off.get("id").asString();
            assertThat(approver(tenant).ifMatch(offPath).post(offPath + "/disable", "").json().get("status").asString()).isEqualTo("DISABLED");
            EventEnvelope event = contractEvent(tenant, UUID.randomUUID());
            publish(ContractEvents.TOPIC, event);

            await().atMost(WAIT).until(() -> active.deliveredWithId(event.id()) == 1);
            assertThat(disabled.received()).isEmpty();
            assertThat(approver(tenant).get(DELIVERIES + "?endpoint=" + off.get("id").asString()).json()
                    .get("totalItems").asLong()).isZero();

            assertThat(approver(tenant).ifMatch(offPath).request("DELETE", offPath, null).status()).isEqualTo(204);
            assertThat(approver(tenant).get(offPath).status()).isEqualTo(404);
            assertThat(approver(tenant).get(WEBHOOKS).json().get("totalItems").asLong()).isEqualTo(1);
        }
    }

    @Test
    void changingAnEndpointNeedsItsCurrentVersion() throws Exception {
        String tenant = TestTenants.next();
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            String path = WEBHOOKS + "/" + register(tenant, receiver.url(), List.of("*"), null).get("id").asString();
            String current = approver(tenant).get(path).header("ETag");
            assertThat(current).isNotBlank();
            assertThat(approver(tenant).with("If-None-Match", current).get(path).status()).as("unchanged").isEqualTo(304);

            HttpTestClient.Response blind = approver(tenant).post(path + "/disable", "");
            assertThat(blind.status()).isEqualTo(428);
            assertThat(blind.contentType()).startsWith("application/problem+json");
            assertThat(blind.json().get("code").asString()).isEqualTo("if-match-required");
            HttpTestClient.Response stale = approver(tenant).with("If-Match", "\"99\"").post(path + "/disable", "");
            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
            assertThat(stale.header("ETag")).isEqualTo(current);
            assertThat(approver(tenant).get(path).json().get("status").asString()).as("nothing changed").isEqualTo("ACTIVE");

            HttpTestClient.Response disabled = approver(tenant).with("If-Match", current).post(path + "/disable", "");
            assertThat(disabled.status()).isEqualTo(200);
            assertThat(disabled.header("ETag")).isNotEqualTo(current);
            assertThat(approver(tenant).with("If-Match", current).request("DELETE", path, null).status()).isEqualTo(412);
            assertThat(approver(tenant).get(path).status()).isEqualTo(200);
        }
    }

    private JsonNode register(String tenant, String url, List<String> eventTypes, String secret) {
        Map<String, Object> body = secret == null
                ? Map.of("url", url, "eventTypes", eventTypes, "description", "test receiver")
                : Map.of("url", url, "eventTypes", eventTypes, "secret", secret);
        HttpTestClient.Response created = approver(tenant).post(WEBHOOKS, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode awaitDelivery(String tenant, JsonNode endpoint, String status) {
        String query = DELIVERIES + "?endpoint=" + endpoint.get("id").asString() + "&status=" + status;
        await().atMost(WAIT).until(() -> approver(tenant).get(query).json().get("totalItems").asLong() == 1);
        return approver(tenant).get(query).json().get("items").get(0);
    }

    private static long validSignatures(String secret, WebhookReceiver.Received received) {
        return StandardWebhookVerifier.validSignatures(secret, received.header("webhook-id"),
                received.header("webhook-timestamp"), received.body(), received.header("webhook-signature"));
    }

    private int rows(String tenant, String sql, UUID id) {
        return TenantContext.callAs(tenant, () -> tx.execute(status -> jdbc.queryForObject(sql, Integer.class, id)));
    }

    private HttpTestClient approver(String tenant) {
        return api(tenant, Roles.ARS_APPROVER);
    }

    private HttpTestClient api(String tenant, String... roles) {
        return as(tenant, roles);
    }

    private String publish(String topic, EventEnvelope event) throws Exception {
        String raw = codec.encode(event);
        kafka.send(topic, event.subject(), raw).get();
        return raw;
    }

    private EventEnvelope contractEvent(String tenant, UUID contractId) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", tenant,
                "test-" + UUID.randomUUID(), json.valueToTree(new ContractInitiatedV1(contractId, "CLS", "CLS de Die",
                        "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2016, 2, 1))));
    }

    private EventEnvelope fundingEvent(String tenant) {
        UUID request = UUID.randomUUID();
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/funding-service",
                FundingRequestSubmittedV1.TYPE, request.toString(), OffsetDateTime.now(), "application/json", tenant,
                "test-" + UUID.randomUUID(), json.valueToTree(new FundingRequestSubmittedV1(request, UUID.randomUUID(),
                        "CLS de Die", "cls", 1, "coordination", Map.of(2026, new BigDecimal("20000.00")),
                        new BigDecimal("20000.00"), "FIR-2026-00001", 1L)));
    }
}
