package fr.cls.gateway.ratelimit;

import fr.cls.tenancy.Tenant;
import reactor.core.publisher.Mono;

/** Decides whether one more request of a tenant may pass now. */
interface TenantRateLimiter {

    Mono<Decision> acquire(String tenant, Tenant.RateLimit limit);

    /** @param retryAfterSeconds when refused, how long to wait before trying again (at least 1) */
    record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }
}
