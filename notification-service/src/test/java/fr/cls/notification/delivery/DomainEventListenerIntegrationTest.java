package fr.cls.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.DeadLetterReplayer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.test.TopicReader;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class DomainEventListenerIntegrationTest {

    static final String DLT = ContractEvents.TOPIC + ".DLT";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Autowired
    DeadLetterReplayer replayer;

    @Test
    void recordsAContractEventOnceEvenWhenKafkaRedeliversIt() throws Exception {
        EventEnvelope first = initiated("ars-ara", UUID.randomUUID());
        kafka.send(ContractEvents.TOPIC, first.subject(), codec.encode(first)).get();
        kafka.send(ContractEvents.TOPIC, first.subject(), codec.encode(first)).get();
        // Same key, same partition: once the later event is recorded, both copies of the first were handled.
        EventEnvelope later = initiated("ars-ara", UUID.fromString(first.subject()));
        kafka.send(ContractEvents.TOPIC, later.subject(), codec.encode(later)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(later) == 1);
        assertThat(deliveriesOf(first)).isEqualTo(1);
    }

    @Test
    void aMessageThatIsNotAnEnvelopeGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOne() throws Exception {
        String key = UUID.randomUUID().toString();
        kafka.send(ContractEvents.TOPIC, key, "{not an envelope").get();
        EventEnvelope next = initiated("ars-ara", UUID.fromString(key));
        kafka.send(ContractEvents.TOPIC, key, codec.encode(next)).get();

        try (TopicReader reader = new TopicReader(consumers, DLT)) {
            assertThat(reader.awaitMatching(r -> key.equals(r.key())).get(0).value()).isEqualTo("{not an envelope");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(next) == 1);
    }

    @Test
    void replayingTheDeadLetterTopicDeliversWhatWasParkedThere() throws Exception {
        EventEnvelope parked = initiated("ars-occitanie", UUID.randomUUID());
        kafka.send(DLT, parked.subject(), codec.encode(parked)).get();

        assertThat(replayer.waiting().get(DLT)).isPositive();

        AtomicInteger replayed = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            replayed.addAndGet(replayer.replay(DLT));
            return deliveriesOf(parked) == 1;
        });
        assertThat(replayed.get()).isPositive();
    }

    @Test
    void theDeliveryLogShowsATenantOnlyItsOwnDeliveries() throws Exception {
        EventEnvelope bretagne = initiated("ars-bretagne", UUID.randomUUID());
        kafka.send(ContractEvents.TOPIC, bretagne.subject(), codec.encode(bretagne)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(bretagne) == 1);

        HttpTestClient api = new HttpTestClient("http://localhost:" + port);
        HttpTestClient.Response own = api.with("Authorization", TestIssuer.trusted().bearer("ars-bretagne", Roles.ARS_AGENT))
                .get("/api/v1/notifications/deliveries?subject=" + bretagne.subject());
        HttpTestClient.Response foreign = api.with("Authorization", TestIssuer.trusted().bearer("cd-53", Roles.DEPARTEMENT_AGENT))
                .get("/api/v1/notifications/deliveries?subject=" + bretagne.subject());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("items").get(0).get("eventId").asString()).isEqualTo(bretagne.id().toString());
        assertThat(own.json().get("items").get(0).get("eventType").asString()).isEqualTo(ContractInitiatedV1.TYPE);
        assertThat(foreign.json().get("totalItems").asLong()).isZero();
    }

    /** Counted as the event's tenant: row-level security hides deliveries from a transaction without one. */
    private int deliveriesOf(EventEnvelope event) {
        return TenantContext.callAs(event.tenantid(), () -> tx.execute(status -> jdbc.queryForObject(
                "select count(*) from delivery where event_id = ?", Integer.class, event.id())));
    }

    private EventEnvelope initiated(String tenant, UUID contractId) {
        ContractInitiatedV1 data = new ContractInitiatedV1(contractId, "CLS", "CLS de Briançon",
                "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2014, 11, 3));
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/contract-service",
                ContractInitiatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", tenant,
                "test-" + UUID.randomUUID(), json.valueToTree(data));
    }
}
