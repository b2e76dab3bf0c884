package fr.cls.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One in-process KRaft broker per test JVM (a real broker, started once, stopped at exit). */
public final class LocalKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private LocalKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-test-kafka"));
        }
        return broker.getBrokersAsString();
    }
}
