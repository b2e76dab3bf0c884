package fr.cls.platform.events;

import static fr.cls.platform.testapp.PlatformTestApplication.CONSUMER;
import static fr.cls.platform.testapp.PlatformTestApplication.NOTE_ADDED;
import static fr.cls.platform.testapp.PlatformTestApplication.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.test.TopicReader;
import fr.cls.platform.testapp.Notes;
import fr.cls.platform.testapp.PlatformIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** A consumed event is applied at most once, and what can never be applied is parked on the dead-letter topic. */
@PlatformIntegrationTest
class EventInboxIntegrationTest {

    private static final String TENANT = "ars-bretagne";
    private static final String DEAD_LETTERS = TOPIC + EventsAutoConfiguration.DEAD_LETTER_SUFFIX;

    @Autowired
    EventInbox inbox;

    @Autowired
    EventCodec codec;

    @Autowired
    JsonMapper json;

    @Autowired
    Notes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String text = "redelivered " + UUID.randomUUID();
        String event = noteAdded("/platform-it", text);

        boolean first = inbox.handle("inbox-test", event, this::applyNote);
        boolean second = inbox.handle("inbox-test", event, this::applyNote);

        assertThat(first).isTrue();
        assertThat(second).as("the redelivery is a no-op").isFalse();
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void aHandlersFailureRollsBackTheDedupRowSoTheRedeliveryIsApplied() {
        String text = "failed once " + UUID.randomUUID();
        String event = noteAdded("/platform-it", text);

        assertThatThrownBy(() -> inbox.handle("inbox-test", event, envelope -> {
            applyNote(envelope);
            throw new IllegalStateException("the handler fails after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(processed("inbox-test", codec.decode(event).id())).as("dedup row after the failure").isZero();
        assertThat(notesWithText(text)).as("the handler's write is rolled back with it").isZero();
        assertThat(inbox.handle("inbox-test", event, this::applyNote)).isTrue();
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void theHandlerRunsForTheEventsTenantAndLeavesNoTenantBehind() {
        String[] seen = new String[1];

        inbox.handle("inbox-test", noteAdded("/platform-it", "tenant " + UUID.randomUUID()),
                envelope -> seen[0] = TenantContext.require());

        assertThat(seen[0]).isEqualTo(TENANT);
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aHandlerRefusingThePayloadMakesItPoison() {
        String event = noteAdded("/platform-it", "refused " + UUID.randomUUID());

        assertThatThrownBy(() -> inbox.handle("inbox-test", event, envelope -> {
            throw new IllegalArgumentException("no such note kind");
        })).isInstanceOf(PoisonEventException.class);
        assertThat(processed("inbox-test", codec.decode(event).id())).isZero();
    }

    @Test
    void aConsumedEventIsAppliedOnceEvenWhenTheBrokerDeliversItTwice() {
        String text = "consumed " + UUID.randomUUID();
        String event = noteAdded("/platform-it", text);
        UUID id = codec.decode(event).id();

        kafka.send(TOPIC, id.toString(), event);
        kafka.send(TOPIC, id.toString(), event);

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(CONSUMER, id) == 1);
        String marker = "after " + UUID.randomUUID();
        kafka.send(TOPIC, id.toString(), noteAdded("/platform-it", marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> notesWithText(marker) == 1);
        assertThat(notesWithText(text)).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndAreNeverApplied() {
        String forged = "forged " + UUID.randomUUID();
        String notAnEnvelope = "poison-" + UUID.randomUUID();
        String badPayload = "bad-payload-" + UUID.randomUUID();

        try (TopicReader deadLetters = new TopicReader(consumers, DEAD_LETTERS)) {
            kafka.send(TOPIC, notAnEnvelope, "{ not an envelope");
            kafka.send(TOPIC, forged, noteAdded("/another-service", forged));
            kafka.send(TOPIC, badPayload, envelope("/platform-it", Map.of("id", "not a uuid", "text", badPayload)));

            deadLetters.awaitMatching(record -> notAnEnvelope.equals(record.key()));
            deadLetters.awaitMatching(record -> forged.equals(record.key()));
            deadLetters.awaitMatching(record -> badPayload.equals(record.key()));
        }
        assertThat(notesWithText(forged)).as("a record from another source is not believed").isZero();
        assertThat(notesWithText(badPayload)).isZero();
    }

    private void applyNote(EventEnvelope envelope) {
        Map<?, ?> data = inbox.payload(envelope, Map.class);
        notes.insert(UUID.randomUUID(), envelope.tenantid(), (String) data.get("text"));
    }

    private String noteAdded(String source, String text) {
        return envelope(source, Map.of("id", UUID.randomUUID().toString(), "text", text));
    }

    private String envelope(String source, Map<String, String> data) {
        return codec.encode(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, NOTE_ADDED,
                UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), "application/json", TENANT, null,
                json.valueToTree(data)));
    }

    private int notesWithText(String text) {
        return TenantContext.callAs(TENANT, () -> notes.countWithText(text));
    }

    private int processed(String consumer, UUID eventId) {
        Integer count = jdbc.queryForObject("select count(*) from processed_event where consumer = ? and event_id = ?",
                Integer.class, consumer, eventId);
        return count == null ? 0 : count;
    }
}
