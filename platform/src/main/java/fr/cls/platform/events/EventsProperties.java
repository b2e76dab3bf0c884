package fr.cls.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param source CloudEvents source of what this service publishes, e.g. {@code /contract-service}
 * @param produces topics this service publishes to (created with {@code partitions})
 * @param consumes topics this service reads; their {@code .DLT} topics get the same partition count
 * @param producers the CloudEvents source each topic's records must carry (its only producer), for every service
 * @param retention how long published outbox rows and processed-event rows are kept before the purge deletes them
 * @param topics the replication the cluster gives every topic a service declares ({@link TopicPolicy})
 */
@ConfigurationProperties("cls.events")
public record EventsProperties(
        String source,
        List<String> produces,
        List<String> consumes,
        Integer partitions,
        Relay relay,
        Map<String, String> producers,
        Duration retention,
        Purge purge,
        Topics topics) {

    public EventsProperties {
        produces = produces == null ? List.of() : produces;
        consumes = consumes == null ? List.of() : consumes;
        partitions = partitions == null ? 3 : partitions;
        relay = relay == null ? new Relay(null, null, null, null, null) : relay;
        producers = producers == null ? Map.of() : producers;
        retention = retention == null ? Duration.ofDays(7) : retention;
        purge = purge == null ? new Purge(null, null, null) : purge;
        topics = topics == null ? new Topics(null, null) : topics;
    }

    /**
     * @param replicationFactor copies of each partition: 1 for a single broker (tests, local stack), 3 for a cluster
     * @param minInsyncReplicas copies that must have a write before the producer ({@code acks=all}) gets its
     *        acknowledgement: 2 of 3 lets one broker die without losing or refusing a write
     */
    public record Topics(Integer replicationFactor, Integer minInsyncReplicas) {
        public Topics {
            replicationFactor = replicationFactor == null ? 1 : replicationFactor;
            minInsyncReplicas = minInsyncReplicas == null ? 1 : minInsyncReplicas;
        }
    }

    /**
     * @param interval how often the purge of old outbox and inbox rows runs
     * @param batchSize rows deleted per statement, so one run never holds a long lock or a huge transaction
     */
    public record Purge(Boolean enabled, Duration interval, Integer batchSize) {
        public Purge {
            enabled = enabled == null || enabled;
            interval = interval == null ? Duration.ofMinutes(15) : interval;
            batchSize = batchSize == null ? 1000 : batchSize;
        }
    }

    /**
     * @param idleDelay how long the relay sleeps when nothing is pending (a commit wakes it earlier)
     * @param maxBackoff the longest wait between attempts while the broker is unreachable
     * @param sendTimeout how long one batch may wait for the broker's acknowledgements
     */
    public record Relay(Boolean enabled, Integer batchSize, Duration idleDelay, Duration maxBackoff, Duration sendTimeout) {
        public Relay {
            enabled = enabled == null || enabled;
            batchSize = batchSize == null ? 100 : batchSize;
            idleDelay = idleDelay == null ? Duration.ofSeconds(1) : idleDelay;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        }
    }
}
