package fr.cls.platform.events;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends what landed on a dead-letter topic back to its source topic once the cause is fixed. Progress is kept
 * as the committed offset of a dedicated consumer group, so a message is replayed once; consumers are
 * idempotent anyway, so replaying twice does no harm.
 */
public class DeadLetterReplayer {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final String groupId;
    private final List<String> deadLetterTopics;

    DeadLetterReplayer(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka, String groupId,
            List<String> deadLetterTopics) {
        this.consumers = consumers;
        this.kafka = kafka;
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

    /** Replays every waiting message of {@code deadLetterTopic} to the topic it came from. */
    public int replay(String deadLetterTopic) {
        if (!deadLetterTopics.contains(deadLetterTopic)) {
            throw new IllegalArgumentException("unknown dead-letter topic " + deadLetterTopic + "; known: " + deadLetterTopics);
        }
        int replayed = 0;
        try (Consumer<String, String> consumer = open()) {
            Set<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (!reached(consumer, ends)) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    republish(record);
                    replayed++;
                }
                consumer.commitSync();
            }
        }
        return replayed;
    }

    private void republish(ConsumerRecord<String, String> record) {
        Header original = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String target = original != null ? new String(original.value())
                : record.topic().substring(0, record.topic().length() - EventsAutoConfiguration.DEAD_LETTER_SUFFIX.length());
        ProducerRecord<String, String> again = new ProducerRecord<>(target, record.key(), record.value());
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") || header.key().equals("content-type")) {
                again.headers().add(header);
            }
        }
        try {
            kafka.send(again).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay to " + target + ": " + e.getMessage(), e);
        }
    }

    private boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Set<TopicPartition> partitions(Consumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private Consumer<String, String> open() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(groupId, null, null, overrides);
    }
}
