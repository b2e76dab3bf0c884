package fr.cls.gateway.replicas;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param urls per service (the routes' id prefix, e.g. {@code contract-service}), its instances' URLs
 *        ({@code CLS_CONTRACT_URLS=http://a:8081,http://b:8081}); none or one: the route's own URI, unchanged
 * @param downFor how long an instance that refused a connection is skipped ({@code CLS_REPLICA_DOWN_FOR}, 5 s)
 */
@ConfigurationProperties("cls.gateway.replicas")
record ReplicaSettings(Map<String, List<URI>> urls, Duration downFor) {

    ReplicaSettings {
        urls = urls == null ? Map.of() : Map.copyOf(urls);
        downFor = downFor == null ? Duration.ofSeconds(5) : downFor;
        if (downFor.isNegative()) {
            throw new IllegalArgumentException("cls.gateway.replicas.down-for must not be negative");
        }
    }
}
