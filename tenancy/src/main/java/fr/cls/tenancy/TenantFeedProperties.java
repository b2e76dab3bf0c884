package fr.cls.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the operators' changes to the directory are read ({@code cls.tenants.feed.*}). No bootstrap servers, no
 * feed: the bootstrap file alone (tests without Kafka, a gateway run on its own).
 *
 * @param producer the only CloudEvents source taken on the topic
 */
@ConfigurationProperties("cls.tenants.feed")
public record TenantFeedProperties(String bootstrapServers, String topic, String producer, String securityProtocol,
        String username, String password) {

    public static final String TOPIC = "cls.tenants.v1";

    public TenantFeedProperties {
        topic = blank(topic) ? TOPIC : topic;
        producer = blank(producer) ? "/contract-service" : producer;
        securityProtocol = blank(securityProtocol) ? "PLAINTEXT" : securityProtocol;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
