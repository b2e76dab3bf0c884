package fr.cls.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ttl how long a key is remembered (default 24 h); after that the same key starts a new request
 * @param cleanupInterval how often, at most, expired keys are deleted (lazily, on a new key; default 1 h)
 */
@ConfigurationProperties("cls.idempotency")
public record IdempotencyProperties(Duration ttl, Duration cleanupInterval) {

    public IdempotencyProperties {
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cls.idempotency.ttl must be positive");
        }
    }
}
