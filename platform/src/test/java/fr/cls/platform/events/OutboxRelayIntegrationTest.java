package fr.cls.platform.events;

import static fr.cls.platform.testapp.PlatformTestApplication.NOTE_ADDED;
import static fr.cls.platform.testapp.PlatformTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.test.TopicReader;
import fr.cls.platform.testapp.PlatformIntegrationTest;

/** What leaves the outbox: committed events, once each, in order per key, across a restart of the relay. */
@PlatformIntegrationTest
class OutboxRelayIntegrationTest {

    private static final String TENANT = "ars-bretagne";

    @Autowired
    OutboxEventPublisher publisher;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsumerFactory<String, String> consumers;

    TopicReader topic;

    @BeforeEach
    void readTopic() {
        topic = new TopicReader(consumers, TOPIC);
    }

    @AfterEach
    void closeReader() {
        topic.close();
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Test
    void anEventCommittedInATransactionReachesKafkaOnceWithItsCloudEventsHeaders() {
        String key = UUID.randomUUID().toString();
        EventEnvelope event = publishCommitted(key, 1);
        publishCommitted(key, 2);

        topic.awaitMatching(record -> isNumber(record, key, 2));
        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> key.equals(record.key()));

        assertThat(sent).filteredOn(record -> event.id().toString().equals(header(record, "ce_id"))).singleElement()
                .satisfies(record -> {
                    assertThat(header(record, "ce_type")).isEqualTo(NOTE_ADDED);
                    assertThat(header(record, "ce_tenantid")).isEqualTo(TENANT);
                });
        assertThat(sent).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(event) != null);
    }

    @Test
    void anEventOfARolledBackTransactionNeverLeavesTheDatabase() {
        String key = UUID.randomUUID().toString();
        EventEnvelope rolledBack = tx.execute(status -> {
            EventEnvelope event = publish(key, 1);
            status.setRollbackOnly();
            return event;
        });
        publishCommitted(key, 2);

        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> key.equals(record.key()));

        assertThat(sent).extracting(record -> header(record, "ce_id")).doesNotContain(rolledBack.id().toString());
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_id = ?", Integer.class, rolledBack.id()))
                .isZero();
    }

    @Test
    void oneKeysEventsArriveInTheOrderTheirTransactionsCommitted() {
        String key = UUID.randomUUID().toString();
        IntStream.rangeClosed(1, 10).forEach(n -> publishCommitted(key, n));
        tx.executeWithoutResult(status -> IntStream.rangeClosed(11, 20).forEach(n -> publish(key, n)));

        topic.awaitMatching(record -> isNumber(record, key, 20));
        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> key.equals(record.key()));

        assertThat(sent).extracting(OutboxRelayIntegrationTest::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(sent).extracting(ConsumerRecord::partition).containsOnly(sent.get(0).partition());
    }

    @Test
    void eventsCommittedWhileTheRelayIsStoppedLeaveOnceItRestartsNoneLostNoneTwice() {
        String key = UUID.randomUUID().toString();
        relay.stop();
        List<EventEnvelope> whileStopped = IntStream.rangeClosed(1, 5).mapToObj(n -> publishCommitted(key, n)).toList();

        assertThat(whileStopped).allSatisfy(event -> assertThat(publishedAt(event)).as("published by a stopped relay").isNull());

        relay.start();
        publishCommitted(key, 6);
        topic.awaitMatching(record -> isNumber(record, key, 6));
        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> key.equals(record.key()));

        assertThat(sent).extracting(OutboxRelayIntegrationTest::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sent).extracting(record -> header(record, "ce_id")).doesNotHaveDuplicates();
    }

    private EventEnvelope publishCommitted(String key, int number) {
        return tx.execute(status -> publish(key, number));
    }

    private EventEnvelope publish(String key, int number) {
        return publisher.publish(TOPIC, NOTE_ADDED, key, TENANT, Map.of("id", UUID.randomUUID(), "text", "note " + number));
    }

    private Object publishedAt(EventEnvelope event) {
        return jdbc.queryForObject("select published_at from outbox_event where event_id = ?", Object.class, event.id());
    }

    private static boolean isNumber(ConsumerRecord<String, String> record, String key, int number) {
        return key.equals(record.key()) && number(record) == number;
    }

    private static int number(ConsumerRecord<String, String> record) {
        String text = record.value().replaceAll(".*\"text\":\"note (\\d+)\".*", "$1");
        return Integer.parseInt(text);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
