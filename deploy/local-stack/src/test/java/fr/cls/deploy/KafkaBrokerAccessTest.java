package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's broker, as the services meet it: SCRAM users and ACLs (issue 13, point 9). One broker for the
 * class, in a private folder on free ports.
 */
class KafkaBrokerAccessTest {

    static final Path ROOT = Path.of(System.getProperty("cls.repo.root", "../..")).toAbsolutePath().normalize();

    @TempDir
    static Path dataDir;

    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws IOException {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of("CLS_STACK_DIR", dataDir.toString(),
                "CLS_KAFKA_PORT", Integer.toString(freePort()), "CLS_KAFKA_CONTROLLER_PORT", Integer.toString(freePort())));
        String classpath = Files.readString(ROOT.resolve("deploy/local-stack/target/runtime.classpath")).trim();
        broker = new KafkaBroker(settings, ProcessHandle.current().info().command().orElse("java"), classpath);
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aServiceCannotWriteToAnotherServicesTopic() {
        try (KafkaProducer<String, String> funding = producer(Service.FUNDING)) {
            assertThatThrownBy(() -> funding.send(new ProducerRecord<>("cls.contract.events", "k", "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceWritesItsOwnTopicAndAConsumerOfItReadsItInItsOwnGroup() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> contract = producer(Service.CONTRACT)) {
            contract.send(new ProducerRecord<>("cls.contract.events", key, "{}")).get(10, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> funding = consumer(Service.FUNDING, "funding-service.test-" + key)) {
            funding.subscribe(List.of("cls.contract.events"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                funding.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
        }
    }

    @Test
    void aServiceParksDeadLettersOnlyOnTheDeadLetterTopicsOfWhatItReads() throws Exception {
        try (KafkaProducer<String, String> governance = producer(Service.GOVERNANCE)) {
            governance.send(new ProducerRecord<>("cls.contract.events.DLT", "k", "{}")).get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> governance.send(new ProducerRecord<>("cls.funding.events.DLT", "k", "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    /** What the dead-letter replayer does with the service's own user: read, commit in its group, park again. */
    @Test
    void aServiceReplaysItsDeadLettersInItsReplayGroupAndParksAgainWithoutWritingTheOriginalTopic() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> governance = producer(Service.GOVERNANCE)) {
            governance.send(new ProducerRecord<>("cls.contract.events.DLT", key, "{}")).get(10, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> replayer = consumer(Service.GOVERNANCE, "governance-service-dlt-replay");
                KafkaProducer<String, String> governance = producer(Service.GOVERNANCE)) {
            replayer.assign(replayer.partitionsFor("cls.contract.events.DLT").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList());
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                replayer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
            replayer.commitSync();
            governance.send(new ProducerRecord<>("cls.contract.events.DLT", key, "{}")).get(10, TimeUnit.SECONDS);
            // The former replay republished here: the consumer's user may not.
            assertThatThrownBy(() -> governance.send(new ProducerRecord<>("cls.contract.events", key, "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsume() {
        try (KafkaConsumer<String, String> contract = consumer(Service.CONTRACT, "contract-service.test")) {
            contract.subscribe(List.of("cls.funding.events"));
            assertThatThrownBy(() -> contract.poll(Duration.ofSeconds(10))).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceCannotJoinAnotherServicesConsumerGroup() {
        try (KafkaConsumer<String, String> funding = consumer(Service.FUNDING, "governance-service.contract-bodies")) {
            funding.subscribe(List.of("cls.contract.events"));
            assertThatThrownBy(() -> funding.poll(Duration.ofSeconds(10))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void onlyContractServiceWritesTheTenantDirectoryAndTheGatewayOnlyReadsIt() throws Exception {
        String key = "cd-" + UUID.randomUUID();
        try (KafkaProducer<String, String> contract = producer(Service.CONTRACT)) {
            contract.send(new ProducerRecord<>(KafkaAccess.TENANTS, key, "{}")).get(10, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> funding = producer(Service.FUNDING)) {
            assertThatThrownBy(() -> funding.send(new ProducerRecord<>(KafkaAccess.TENANTS, key, "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> gatewayConfig = new HashMap<>(broker.clientConfig(KafkaCredentials.GATEWAY, broker.gatewayPassword()));
        gatewayConfig.putAll(producerSettings());
        try (KafkaProducer<String, String> gateway = new KafkaProducer<>(gatewayConfig)) {
            // Refused before the topic is even looked at: the gateway's user may not produce at all.
            assertThatThrownBy(() -> gateway.send(new ProducerRecord<>(KafkaAccess.TENANTS, key, "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.AuthorizationException.class);
        }
        Map<String, Object> readerConfig = new HashMap<>(broker.clientConfig(KafkaCredentials.GATEWAY, broker.gatewayPassword()));
        readerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        readerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        readerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> gateway = new KafkaConsumer<>(readerConfig)) {
            List<org.apache.kafka.common.TopicPartition> partitions = List.of(new org.apache.kafka.common.TopicPartition(KafkaAccess.TENANTS, 0));
            gateway.assign(partitions);
            gateway.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                gateway.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
            List<org.apache.kafka.common.TopicPartition> events = List.of(new org.apache.kafka.common.TopicPartition("cls.contract.events", 0));
            gateway.assign(events);
            gateway.seekToBeginning(events);
            assertThatThrownBy(() -> gateway.poll(Duration.ofSeconds(10))).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = new HashMap<>(broker.clientConfig("contract-service", "not-its-password"));
        config.putAll(producerSettings());
        try (KafkaProducer<String, String> impostor = new KafkaProducer<>(config)) {
            assertThatThrownBy(() -> impostor.send(new ProducerRecord<>("cls.contract.events", "k", "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void everyServiceHasItsOwnPassword() {
        assertThat(List.of(Service.values()).stream().map(broker::password).distinct()).hasSize(Service.values().length);
    }

    private static KafkaProducer<String, String> producer(Service service) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(service.module(), broker.password(service)));
        config.putAll(producerSettings());
        return new KafkaProducer<>(config);
    }

    private static Map<String, Object> producerSettings() {
        return Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    }

    private static KafkaConsumer<String, String> consumer(Service service, String group) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig(service.module(), broker.password(service)));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
