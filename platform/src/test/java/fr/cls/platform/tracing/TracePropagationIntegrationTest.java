package fr.cls.platform.tracing;

import static fr.cls.platform.testapp.PlatformTestApplication.NOTE_ADDED;
import static fr.cls.platform.testapp.PlatformTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.identity.test.TestIssuer;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.TopicReader;
import fr.cls.platform.testapp.HandlerTraces;
import fr.cls.platform.testapp.PlatformIntegrationTest;

/** One trace from the HTTP request through the outbox row and the Kafka record to the consumer's handler. */
@PlatformIntegrationTest
class TracePropagationIntegrationTest {

    private static final String TENANT = "ars-bretagne";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    OutboxEventPublisher publisher;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Autowired
    HandlerTraces handlerTraces;

    @Autowired
    TraceContexts traces;

    TopicReader topic;

    @BeforeEach
    void readTopic() {
        topic = new TopicReader(consumers, TOPIC);
    }

    @AfterEach
    void closeReader() {
        topic.close();
    }

    @Test
    void aRequestsTraceparentIsStoredWithTheOutboxRowSentAsKafkaHeaderAndContinuedByTheConsumer() {
        String traceId = randomHex(16);
        String text = "traced " + UUID.randomUUID();

        HttpTestClient.Response answer = agent().with("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .post("/api/announced-notes", Map.of("text", text));

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        String eventKey = answer.json().get("id").asString();
        String stored = jdbc.queryForObject("select traceparent from outbox_event where message_key = ?", String.class, eventKey);
        assertThat(stored).as("the outbox row's traceparent").matches("00-" + traceId + "-[0-9a-f]{16}-01");

        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> eventKey.equals(record.key()));
        assertThat(sent).singleElement().satisfies(record -> assertThat(header(record, "traceparent")).isEqualTo(stored));

        await().atMost(Duration.ofSeconds(30)).until(() -> handlerTraces.traceIdOf(text).isPresent());
        assertThat(handlerTraces.traceIdOf(text)).as("the trace the consumer's handler ran in").contains(traceId);
    }

    @Test
    void anEventWrittenOutsideAnySpanIsSentWithoutTraceparent() {
        String key = UUID.randomUUID().toString();

        tx.executeWithoutResult(status -> publisher.publish(TOPIC, NOTE_ADDED, key, TENANT,
                Map.of("id", UUID.randomUUID(), "text", "untraced " + key)));

        assertThat(jdbc.queryForObject("select traceparent from outbox_event where message_key = ?", String.class, key)).isNull();
        List<ConsumerRecord<String, String>> sent = topic.awaitMatching(record -> key.equals(record.key()));
        assertThat(sent).singleElement().satisfies(record -> assertThat(record.headers().lastHeader("traceparent")).isNull());
    }

    @Test
    void workQueuedWithATraceparentContinuesThatTraceLater() {
        String traceId = randomHex(16);
        String stored = "00-" + traceId + "-" + randomHex(8) + "-01";

        String seen = traces.continueTrace(stored, "queued work", () -> traces.currentTraceparent());
        String fresh = traces.continueTrace(null, "unqueued work", () -> traces.currentTraceId());

        assertThat(seen).startsWith("00-" + traceId + "-").isNotEqualTo(stored);
        assertThat(fresh).isNotNull().isNotEqualTo(traceId);
        assertThat(traces.currentTraceparent()).as("no span left current afterwards").isNull();
    }

    private HttpTestClient agent() {
        String token = TestIssuer.trusted().token(claims -> claims.subject("test-user").claim("tenant", TENANT)
                .claim("roles", List.of(Roles.ARS_AGENT)));
        return new HttpTestClient("http://localhost:" + port).with("Authorization", "Bearer " + token);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
