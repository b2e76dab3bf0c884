package fr.cls.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each tenant's chain head outside the database: after a commit that appended entries, the head is noted in
 * memory (no work under the chain's lock); every {@code interval} the changed heads are published to Kafka, keyed
 * {@code <scope>/<tenant>}. Someone who can rewrite the database but not the topic cannot make the chain end
 * elsewhere than where the checkpoints say it went through. A head that could not be published stays pending.
 */
public class AuditCheckpoints implements SmartLifecycle {

    public static final String TOPIC = "cls.audit.checkpoints.v1";
    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    private record Head(long seq, String keyId, String mac) {
    }

    private final KafkaTemplate<String, String> kafka;
    private final ConsumerFactory<String, String> consumers;
    private final JsonMapper json;
    private final String scope;
    private final Duration interval;
    private final Clock clock;
    private final Map<String, Head> pending = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    AuditCheckpoints(KafkaTemplate<String, String> kafka, ConsumerFactory<String, String> consumers, JsonMapper json,
            String scope, Duration interval, Clock clock) {
        this.kafka = kafka;
        this.consumers = consumers;
        this.json = json;
        this.scope = scope;
        this.interval = interval;
        this.clock = clock;
    }

    /** The tenant's chain now ends at this entry (called after the commit that appended it). */
    void noteHead(String tenant, long seq, String keyId, String mac) {
        pending.merge(tenant, new Head(seq, keyId, mac), (known, head) -> head.seq() > known.seq() ? head : known);
    }

    /** Publishes the heads that moved since the last run; those Kafka did not acknowledge are kept for the next. */
    public void publishPending() {
        for (String tenant : Set.copyOf(pending.keySet())) {
            Head head = pending.get(tenant);
            if (head == null) {
                continue;
            }
            AuditCheckpoint checkpoint = new AuditCheckpoint(scope, tenant, head.seq(), head.keyId(), head.mac(),
                    clock.instant());
            try {
                kafka.send(TOPIC, key(tenant), json.writeValueAsString(checkpoint))
                        .get(KAFKA_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                pending.remove(tenant, head);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                log.warn("audit checkpoint of tenant {} not published, will retry: {}", tenant, e.toString());
            }
        }
    }

    /**
     * Every checkpoint published for the tenant's chain, oldest first.
     *
     * @throws IllegalStateException when the topic cannot be read
     */
    List<AuditCheckpoint> of(String tenant) {
        String key = key(tenant);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<AuditCheckpoint> found = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer(scope + "-audit-verify", "-audit-verify", null,
                overrides)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, KAFKA_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return found;
            }
            Set<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toSet());
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, KAFKA_TIMEOUT);
            long deadline = System.nanoTime() + KAFKA_TIMEOUT.toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp, KAFKA_TIMEOUT) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("audit checkpoints not read within " + KAFKA_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(json.readValue(record.value(), AuditCheckpoint.class));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("audit checkpoints unavailable: " + e.getMessage(), e);
        }
        return found;
    }

    private String key(String tenant) {
        return scope + "/" + tenant;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::publishQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Publishes what is pending before the service stops, so a restart does not skip a checkpoint. */
    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            publishQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void publishQuietly() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("audit checkpoints not published: {}", e.toString());
        }
    }
}
