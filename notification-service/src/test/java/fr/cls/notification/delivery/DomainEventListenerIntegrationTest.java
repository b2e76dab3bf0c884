package fr.cls.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.DeadLetterReplayer;
import fr.cls.platform.events.EventCodec;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.EventApiTestSupport;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TestInfrastructure;
import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.test.TopicReader;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructure.class)
class DomainEventListenerIntegrationTest extends EventApiTestSupport {

    static final String DLT = ContractEvents.TOPIC + ".DLT";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventCodec codec;

    @Autowired
    DeadLetterReplayer replayer;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

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
    void replayingTheDeadLetterTopicDeliversWhatWasParkedThereToTheListenerThatParkedIt() throws Exception {
        EventEnvelope parked = initiated("ars-occitanie", UUID.randomUUID());
        kafka.send(parkedByThisListener(parked)).get();

        assertThat(replayer.waiting().get(DLT)).isPositive();
        DeadLetterReplayer.Replay replay = replayer.replay(DLT);

        assertThat(replay.replayed()).as("%s", replay).isPositive();
        assertThat(deliveriesOf(parked)).isEqualTo(1);
        // Only the group the record failed in gets it again; the other consumers of the topic already had it.
        assertThat(processedBy(parked)).containsExactly(DomainEventListener.CONSUMER);
    }

    @Test
    void replayWritesNothingToTheOriginalTopic() throws Exception {
        EventEnvelope parked = initiated("ars-occitanie", UUID.randomUUID());
        kafka.send(parkedByThisListener(parked)).get();
        long before = recordsOn(ContractEvents.TOPIC);

        replayer.replay(DLT);

        assertThat(deliveriesOf(parked)).isEqualTo(1);
        assertThat(recordsOn(ContractEvents.TOPIC)).isEqualTo(before);
    }

    @Test
    void aForgedRecordOnTheDeadLetterTopicStaysParkedWithTheReasonAndIsNeverHandled() throws Exception {
        EventEnvelope forged = initiated("ars-occitanie", UUID.randomUUID(), "/funding-service");
        ProducerRecord<String, String> record = parkedByThisListener(forged);
        kafka.send(record).get();

        DeadLetterReplayer.Replay replay = replayer.replay(DLT);

        assertThat(replay.stillParked()).anySatisfy(still -> {
            assertThat(still.key()).isEqualTo(forged.subject());
            assertThat(still.reason()).contains("is not the producer of " + ContractEvents.TOPIC);
        });
        assertThat(deliveriesOf(forged)).isZero();
        assertThat(processedBy(forged)).isEmpty();
        try (TopicReader reader = new TopicReader(consumers, DLT)) {
            // The parked copy and the one parked again, which the next replay reads.
            List<ConsumerRecord<String, String>> copies = reader.awaitMatching(r -> forged.subject().equals(r.key())
                    && r.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE) != null);
            assertThat(new String(copies.get(0).headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE).value(),
                    StandardCharsets.UTF_8)).contains("is not the producer");
        }
        assertThat(replayer.waiting().get(DLT)).isPositive();
    }

    @Test
    void anOperatorReplaysOverHttpAndAnUnknownTopicIsAProblemNotAServerError() throws Exception {
        EventEnvelope parked = initiated("ars-occitanie", UUID.randomUUID());
        kafka.send(parkedByThisListener(parked)).get();
        HttpTestClient operator = as("platform", Roles.PLATFORM_OPERATOR);

        HttpTestClient.Response unknown = operator.post("/actuator/deadletters", Map.of("topic", "cls.nowhere.v1.DLT"));
        HttpTestClient.Response replay = operator.post("/actuator/deadletters", Map.of("topic", DLT));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("cls.nowhere.v1.DLT");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replayed").asInt()).isPositive();
        assertThat(deliveriesOf(parked)).isEqualTo(1);
    }

    /** As the error handler parks a record this listener failed on, naming its consumer group. */
    private ProducerRecord<String, String> parkedByThisListener(EventEnvelope event) {
        // The service's default group, suffixed per test context (IsolatedConsumerGroups).
        String group = listeners.getListenerContainers().stream().map(MessageListenerContainer::getGroupId)
                .filter(id -> id.startsWith("notification-service.ctx-")).findFirst().orElseThrow();
        ProducerRecord<String, String> record = new ProducerRecord<>(DLT, event.subject(), codec.encode(event));
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, ContractEvents.TOPIC.getBytes(StandardCharsets.UTF_8));
        record.headers().add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long recordsOn(String topic) {
        try (Consumer<String, String> consumer = consumers.createConsumer("test-count-" + UUID.randomUUID(), null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private List<String> processedBy(EventEnvelope event) {
        return jdbc.queryForList("select consumer from processed_event where event_id = ?", String.class, event.id());
    }

    @Test
    void theDeliveryLogShowsATenantOnlyItsOwnDeliveries() throws Exception {
        EventEnvelope bretagne = initiated("ars-bretagne", UUID.randomUUID());
        kafka.send(ContractEvents.TOPIC, bretagne.subject(), codec.encode(bretagne)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveriesOf(bretagne) == 1);

        HttpTestClient api = anonymous();
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
        return initiated(tenant, contractId, "/contract-service");
    }

    private EventEnvelope initiated(String tenant, UUID contractId, String source) {
        ContractInitiatedV1 data = new ContractInitiatedV1(contractId, "CLS", "CLS de Briançon",
                "LETTER_OF_INTENT_RECEIVED", LocalDate.of(2014, 11, 3));
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source,
                ContractInitiatedV1.TYPE, contractId.toString(), OffsetDateTime.now(), "application/json", tenant,
                "test-" + UUID.randomUUID(), json.valueToTree(data));
    }
}
