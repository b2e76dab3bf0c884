package fr.cls.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Hands what waits on a dead-letter topic to this service's own listeners once the cause is fixed, without writing
 * to the original topic: the service's Kafka user may not write there, and other consumers must not see the
 * record again. A record that fails again is parked anew at the end of the dead-letter topic, with the new reason.
 * Progress is the committed offset of a dedicated consumer group, so a record is replayed once; the listeners go
 * through the inbox, so a record replayed twice does no harm.
 */
public class DeadLetterReplayer {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final String EXCEPTION_HEADERS = "kafka_dlt-exception";

    /** What a replay did: records handled, and those parked again (one per consumer group that still fails). */
    public record Replay(String topic, int replayed, List<Parked> stillParked) {
    }

    /** A record that failed again; {@code offset} is where it was read on the dead-letter topic. */
    public record Parked(int partition, long offset, String key, String group, String reason) {
    }

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final ReplayListeners listeners;
    private final EventCodec codec;
    private final EventSources sources;
    private final String groupId;
    private final List<String> deadLetterTopics;

    DeadLetterReplayer(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
            ReplayListeners listeners, EventCodec codec, EventSources sources, String groupId,
            List<String> deadLetterTopics) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.listeners = listeners;
        this.codec = codec;
        this.sources = sources;
        this.groupId = groupId;
        this.deadLetterTopics = deadLetterTopics;
    }

    public List<String> topics() {
        return deadLetterTopics;
    }

    /** Messages waiting on each dead-letter topic (not yet replayed). */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        try (Consumer<String, String> consumer = open()) {
            for (String topic : deadLetterTopics) {
                Set<TopicPartition> partitions = partitions(consumer, topic);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
                long total = 0;
                for (TopicPartition tp : partitions) {
                    OffsetAndMetadata done = committed.get(tp);
                    long start = done == null ? consumer.beginningOffsets(Set.of(tp)).get(tp) : done.offset();
                    total += ends.get(tp) - start;
                }
                waiting.put(topic, total);
            }
        }
        return waiting;
    }

    /**
     * Hands every record waiting on {@code deadLetterTopic} (up to its end when the call starts) to the listeners.
     *
     * @throws UnknownDeadLetterTopicException if this service does not consume the topic it is the dead letters of
     */
    public Replay replay(String deadLetterTopic) {
        if (!deadLetterTopics.contains(deadLetterTopic)) {
            throw new UnknownDeadLetterTopicException(deadLetterTopic, deadLetterTopics);
        }
        int replayed = 0;
        List<Parked> stillParked = new ArrayList<>();
        try (Consumer<String, String> consumer = open()) {
            Set<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            // Records parked again land past the ends taken here: this call never reads its own output.
            while (!reached(consumer, ends)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(tp)) {
                        consumer.pause(Set.of(tp));
                        continue;
                    }
                    List<Parked> failed = deliver(record);
                    stillParked.addAll(failed);
                    if (failed.isEmpty()) {
                        replayed++;
                    }
                    consumer.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        }
        return new Replay(deadLetterTopic, replayed, stillParked);
    }

    private List<Parked> deliver(ConsumerRecord<String, String> parked) {
        ConsumerRecord<String, String> original = asOnOriginalTopic(parked);
        String group = header(parked.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        try {
            // Also checked by every listener's converter; checked here once so a forged record is parked once.
            sources.verify(original.topic(), codec.decode(original.value()));
        } catch (RuntimeException e) {
            return List.of(parkAgain(parked, group, e));
        }
        List<ReplayListeners.Target> targets = listeners.of(original.topic(), group);
        if (targets.isEmpty()) {
            return List.of(parkAgain(parked, group,
                    new IllegalStateException("no listener of " + original.topic() + " in group " + group)));
        }
        List<Parked> failed = new ArrayList<>();
        for (ReplayListeners.Target target : targets) {
            try {
                target.deliver(original);
            } catch (RuntimeException e) {
                failed.add(parkAgain(parked, target.group(), e));
            }
        }
        return failed;
    }

    /** The record as its listener first saw it: the source check and the listeners are keyed by the original topic. */
    private static ConsumerRecord<String, String> asOnOriginalTopic(ConsumerRecord<String, String> parked) {
        String topic = Optional.ofNullable(header(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC))
                .orElse(parked.topic().substring(0,
                        parked.topic().length() - EventsAutoConfiguration.DEAD_LETTER_SUFFIX.length()));
        return new ConsumerRecord<>(topic, parked.partition(), parked.offset(), parked.timestamp(),
                parked.timestampType(), parked.serializedKeySize(), parked.serializedValueSize(), parked.key(),
                parked.value(), new RecordHeaders(parked.headers().toArray()), Optional.empty());
    }

    private Parked parkAgain(ConsumerRecord<String, String> parked, String group, RuntimeException failure) {
        String reason = reason(failure);
        ProducerRecord<String, String> again = new ProducerRecord<>(parked.topic(), parked.partition(), parked.key(),
                parked.value());
        for (Header header : parked.headers()) {
            if (!header.key().startsWith(EXCEPTION_HEADERS) && !header.key().equals(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)) {
                again.headers().add(header);
            }
        }
        if (group != null) {
            again.headers().add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8));
        }
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN, rootCause(failure).getClass().getName().getBytes(StandardCharsets.UTF_8));
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(again).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking again", e);
        } catch (ExecutionException | TimeoutException e) {
            // Not committed past: the record stays where it is and the next replay tries it again.
            throw new IllegalStateException("could not park again on " + parked.topic() + ": " + e.getMessage(), e);
        }
        return new Parked(parked.partition(), parked.offset(), parked.key(), group, reason);
    }

    private static String reason(RuntimeException failure) {
        Throwable root = rootCause(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The listener adapter wraps what the converter or the handler threw; the operator wants the cause. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Set<TopicPartition> partitions(Consumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
    }

    private Consumer<String, String> open() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(groupId, null, null, overrides);
    }
}
