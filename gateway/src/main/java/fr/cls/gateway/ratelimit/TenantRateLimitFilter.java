package fr.cls.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import fr.cls.gateway.Problems;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TokenRules;
import reactor.core.publisher.Mono;

/** After authentication: a tenant over its limit gets 429 problem+json with {@code Retry-After}. */
class TenantRateLimitFilter implements GlobalFilter, Ordered {

    private final TenantRateLimiter limiter;
    private final TenantDirectory tenants;

    TenantRateLimitFilter(TenantRateLimiter limiter, TenantDirectory tenants) {
        this.limiter = limiter;
        this.tenants = tenants;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(p -> ((JwtAuthenticationToken) p).getToken().getClaimAsString(TokenRules.TENANT_CLAIM))
                .flatMap(tenant -> limiter.acquire(tenant, tenants.find(tenant).map(Tenant::rateLimit)
                        .orElse(Tenant.RateLimit.DEFAULT)))
                .defaultIfEmpty(TenantRateLimiter.Decision.ALLOWED)
                .flatMap(decision -> {
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            String.valueOf(decision.retryAfterSeconds()));
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
