package fr.cls.platform.events;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import fr.cls.platform.metrics.PlatformMetrics;
import fr.cls.platform.tracing.TraceContexts;
import fr.cls.platform.tracing.TracingAutoConfiguration;

/** Wires the outbox, its relay, the inbox and the Kafka error handling into every service. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        TracingAutoConfiguration.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /** A consumed topic's dead letters go to {@code <topic>.DLT}, same partition. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Dates are business dates in Europe/Paris; tests replace this clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    @Bean
    EventCodec eventCodec(JsonMapper json) {
        return new EventCodec(json);
    }

    @Bean
    EventSources eventSources(EventsProperties properties) {
        return new EventSources(properties.producers());
    }

    /** Picked up by Spring Boot for every listener container: the source check runs before any listener. */
    @Bean
    RecordMessageConverter sourceCheckingMessageConverter(EventCodec codec, EventSources sources) {
        return new SourceCheckingMessageConverter(codec, sources);
    }

    @Bean
    KafkaCredentialsCheck kafkaCredentialsCheck(Environment environment) {
        return new KafkaCredentialsCheck(environment);
    }

    @Bean
    @ConditionalOnProperty(name = "cls.events.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
            EventsProperties properties) {
        return new OutboxRelay(jdbc, tx, kafka, properties.relay());
    }

    @Bean
    OutboxEventPublisher outboxEventPublisher(JdbcTemplate jdbc, EventCodec codec, EventsProperties properties,
            Clock clock, ObjectProvider<OutboxRelay> relay, TraceContexts traces) {
        return new OutboxEventPublisher(jdbc, codec, properties.source(), clock,
                () -> relay.ifAvailable(OutboxRelay::wakeUp), traces);
    }

    @Bean
    EventRetention eventRetention(JdbcTemplate jdbc, EventsProperties properties) {
        return new EventRetention(jdbc, properties.retention(), properties.purge().batchSize());
    }

    @Bean
    @ConditionalOnProperty(name = "cls.events.purge.enabled", havingValue = "true", matchIfMissing = true)
    EventRetentionSchedule eventRetentionSchedule(EventRetention retention, EventsProperties properties) {
        return new EventRetentionSchedule(retention, properties.purge().interval());
    }

    @Bean
    EventInbox eventInbox(JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec, PlatformMetrics metrics) {
        return new EventInbox(jdbc, tx, codec, metrics);
    }

    /** Producer idempotence with full acknowledgement; short blocking so the relay notices a dead broker fast. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer reliableProducer() {
        return factory -> {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            factory.updateConfigs(config);
        };
    }

    /** A new consumer group starts from the beginning: no event published before it first ran is skipped. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer earliestConsumer() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }

    /**
     * Retries with exponential backoff, then the dead-letter topic: never "log and skip". Poison messages go to
     * the dead-letter topic at once.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka,
            @Value("${cls.events.retry.max-attempts:4}") int maxRetries, PlatformMetrics metrics) {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(5000);
        // Named explicitly: the default suffix changed between Spring Kafka versions, and the replayer relies on it.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> {
                    // Resolved on the listener's thread, where the container names its consumer group.
                    metrics.deadLetterSent(record.topic() + DEAD_LETTER_SUFFIX, KafkaUtils.getConsumerGroupId());
                    return new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, record.partition());
                });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    /**
     * Static, and bound from the environment itself: a post-processor is created before the beans it processes, so
     * it cannot wait for the configuration properties bean.
     */
    @Bean
    static TopicPolicy topicPolicy(Environment environment) {
        EventsProperties.Topics topics = Binder.get(environment)
                .bind("cls.events.topics", EventsProperties.Topics.class)
                .orElseGet(() -> new EventsProperties.Topics(null, null));
        return new TopicPolicy(topics.replicationFactor(), topics.minInsyncReplicas());
    }

    /**
     * Topics are created with the same partition count as their dead-letter topics, as the recoverer needs; their
     * replication is the cluster's ({@link TopicPolicy}).
     */
    @Bean
    KafkaAdmin.NewTopics platformTopics(EventsProperties properties) {
        List<NewTopic> topics = Stream.concat(
                Stream.concat(properties.produces().stream(), properties.consumes().stream()).distinct(),
                properties.consumes().stream().map(topic -> topic + DEAD_LETTER_SUFFIX))
                .map(name -> new NewTopic(name, properties.partitions(), (short) properties.topics().replicationFactor().intValue()))
                .toList();
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    DeadLetterReplayer deadLetterReplayer(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> kafka,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners, EventCodec codec, EventSources sources,
            EventsProperties properties, @Value("${spring.application.name}") String application) {
        // The group name starts with the service's: the broker ACLs grant the service only groups with that prefix.
        return new DeadLetterReplayer(consumers, kafka,
                new ReplayListeners(listeners, (String) consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG)),
                codec, sources,
                application + "-dlt-replay",
                properties.consumes().stream().map(topic -> topic + DEAD_LETTER_SUFFIX).toList());
    }

    @Bean
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterReplayer replayer) {
        return new DeadLetterEndpoint(replayer);
    }
}
