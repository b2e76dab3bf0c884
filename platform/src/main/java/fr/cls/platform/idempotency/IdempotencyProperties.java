package fr.cls.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ttl how long a key is remembered (default 24 h); after that the same key starts a new request
 * @param cleanupInterval how often, at most, expired keys are deleted (lazily, on a new key; default 1 h)
 * @param inProgressTimeout how long a claim may stay in progress (default 1 min, well above the gateway's 15 s
 *        timeout); older, its instance is taken as dead (killed between claim and answer) and a retry runs again
 */
@ConfigurationProperties("cls.idempotency")
public record IdempotencyProperties(Duration ttl, Duration cleanupInterval, Duration inProgressTimeout) {

    public IdempotencyProperties {
        inProgressTimeout = inProgressTimeout == null ? Duration.ofMinutes(1) : inProgressTimeout;
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("cls.idempotency.ttl must be positive");
        }
    }
}
