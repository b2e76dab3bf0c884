package fr.cls.platform.events;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * Refuses to start a service that is told to authenticate to Kafka but has no credentials: without this it
 * would start, fail every SASL handshake in the background and never publish nor consume.
 */
class KafkaCredentialsCheck {

    /** The variables of cls-platform.yml, by the property each fills. */
    private static final Map<String, String> VARIABLES = Map.of("cls.kafka.user", "CLS_KAFKA_USER",
            "cls.kafka.password", "CLS_KAFKA_PASSWORD");

    KafkaCredentialsCheck(Environment environment) {
        String protocol = environment.getProperty("spring.kafka.security.protocol", "PLAINTEXT");
        if (!protocol.toUpperCase(Locale.ROOT).startsWith("SASL")) {
            return;
        }
        VARIABLES.forEach((property, variable) -> {
            String value = environment.getProperty(property, "");
            if (value.isBlank()) {
                throw new IllegalStateException("Kafka security protocol is " + protocol + " but " + variable
                        + " is not set: each service needs its own Kafka user and password");
            }
            // Both end up inside a JAAS line between double quotes.
            if (value.contains("\"") || value.contains("\\")) {
                throw new IllegalStateException(variable + " must not contain a double quote or a backslash");
            }
        });
    }
}
