package fr.cls.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import fr.cls.tenancy.Tenant;
import reactor.core.publisher.Mono;

/**
 * Shared by all gateway instances: a counter per tenant and second in Redis; {@code requests-per-second + burst}
 * requests pass in any one second. Fails open: if Redis does not answer, requests pass (and it is logged), because
 * refusing every tenant's traffic for a cache outage would be worse than a moment without limits.
 */
class RedisFixedWindow implements TenantRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisFixedWindow.class);

    private final ReactiveStringRedisTemplate redis;

    RedisFixedWindow(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Decision> acquire(String tenant, Tenant.RateLimit limit) {
        String key = "cls:rate:" + tenant + ":" + Instant.now().getEpochSecond();
        return redis.opsForValue().increment(key)
                .flatMap(count -> count == 1 ? redis.expire(key, Duration.ofSeconds(2)).thenReturn(count) : Mono.just(count))
                .map(count -> count <= limit.requestsPerSecond() + limit.burst() ? Decision.ALLOWED : new Decision(false, 1))
                .timeout(Duration.ofMillis(200))
                .onErrorResume(e -> {
                    log.warn("rate limiter store unavailable, letting the request through: {}", e.toString());
                    return Mono.just(Decision.ALLOWED);
                });
    }
}
