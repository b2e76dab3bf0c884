package fr.cls.tenancy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this instance's {@link TenantDirectory} up to date with the operators' changes: reads the compacted topic
 * {@code cls.tenants.v1} from its beginning at start (no consumer group: every instance reads everything), then
 * follows it. A record whose CloudEvents {@code source} is not the producer's is ignored and logged: ACLs already let
 * only that service write the topic, this is the second lock.
 */
public class TenantDirectoryFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectoryFeed.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final TenantDirectory directory;
    private final TenantFeedProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong applied = new AtomicLong();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private Thread thread;

    public TenantDirectoryFeed(TenantDirectory directory, TenantFeedProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::follow, "tenant-directory-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many records changed the directory since this instance started. */
    public long applied() {
        return applied.get();
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig())) {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                if (partitions.isEmpty()) {
                    pause();
                    continue;
                }
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                while (running) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofSeconds(1))) {
                        take(record);
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("tenant directory feed from {} interrupted, retrying in {}: {}", properties.topic(), RETRY,
                        e.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<PartitionInfo> found = kafka.partitionsFor(properties.topic(), Duration.ofSeconds(10));
        return found == null ? List.of() : found.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    void take(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        try {
            Map<?, ?> envelope = json.readValue(record.value(), Map.class);
            if (!properties.producer().equals(envelope.get("source"))) {
                log.error("tenant directory record {}@{} ignored: source {} is not {}", record.partition(), record.offset(),
                        envelope.get("source"), properties.producer());
                return;
            }
            if (!(envelope.get("data") instanceof Map<?, ?> data)) {
                throw new IllegalArgumentException("no data");
            }
            if (directory.apply(TenantEntry.toTenant(data))) {
                applied.incrementAndGet();
            }
        } catch (RuntimeException e) {
            log.error("tenant directory record {}@{} ignored: {}", record.partition(), record.offset(), e.toString());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "tenant-directory-feed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, properties.securityProtocol());
        if (properties.securityProtocol().startsWith("SASL")) {
            config.put("sasl.mechanism", "SCRAM-SHA-512");
            config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + properties.username() + "\" password=\"" + properties.password() + "\";");
        }
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
