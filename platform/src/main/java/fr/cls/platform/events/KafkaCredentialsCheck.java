package fr.cls.platform.events;

import org.springframework.core.env.Environment;

/**
 * Refuses to start a service that is told to authenticate to Kafka but has no credentials: without this it
 * would start, fail every SASL handshake in the background and never publish nor consume.
 */
class KafkaCredentialsCheck {

    KafkaCredentialsCheck(Environment environment) {
        String protocol = environment.getProperty("spring.kafka.security.protocol", "PLAINTEXT");
        if (!protocol.toUpperCase(java.util.Locale.ROOT).startsWith("SASL")) {
            return;
        }
        for (String variable : new String[] {"CLS_KAFKA_USER", "CLS_KAFKA_PASSWORD"}) {
            String property = "cls.kafka." + (variable.endsWith("USER") ? "user" : "password");
            String value = environment.getProperty(property, "");
            if (value.isBlank()) {
                throw new IllegalStateException("Kafka security protocol is " + protocol + " but " + variable
                        + " is not set: each service needs its own Kafka user and password");
            }
            if (value.contains("\"") || value.contains("\\")) {
                throw new IllegalStateException(variable + " must not contain a double quote or a backslash (JAAS syntax)");
            }
        }
    }
}
