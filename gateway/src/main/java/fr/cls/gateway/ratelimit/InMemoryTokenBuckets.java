package fr.cls.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import fr.cls.tenancy.Tenant;
import reactor.core.publisher.Mono;

/**
 * One token bucket per tenant in this gateway's memory: {@code burst} tokens, refilled at
 * {@code requests-per-second}. With several gateway instances each enforces the limit alone: use Redis then.
 */
class InMemoryTokenBuckets implements TenantRateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    InMemoryTokenBuckets(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Decision> acquire(String tenant, Tenant.RateLimit limit) {
        return Mono.just(buckets.computeIfAbsent(tenant, t -> new Bucket(limit.burst(), nanoTime.getAsLong()))
                .take(limit, nanoTime.getAsLong()));
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(Tenant.RateLimit limit, long now) {
            tokens = Math.min(limit.burst(), tokens + (now - refilledAt) / 1e9 * limit.requestsPerSecond());
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            long wait = (long) Math.ceil((1 - tokens) / limit.requestsPerSecond());
            return new Decision(false, Math.max(1, wait));
        }
    }
}
