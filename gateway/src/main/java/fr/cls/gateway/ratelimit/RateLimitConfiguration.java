package fr.cls.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import fr.cls.tenancy.TenantDirectory;

/**
 * Redis when {@code CLS_REDIS_HOST} is set, the gateway's memory otherwise. The bean names are our own: Spring Cloud
 * Gateway already defines a {@code redisRateLimiter} bean, and a second definition under that name stops the start.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnExpression("!'${CLS_REDIS_HOST:}'.isEmpty()")
    TenantRateLimiter tenantRedisRateLimiter(ReactiveRedisConnectionFactory redis) {
        return new RedisFixedWindow(new ReactiveStringRedisTemplate(redis));
    }

    @Bean
    @ConditionalOnMissingBean(TenantRateLimiter.class)
    TenantRateLimiter tenantInMemoryRateLimiter() {
        return new InMemoryTokenBuckets(System::nanoTime);
    }

    @Bean
    TenantRateLimitFilter tenantRateLimitFilter(TenantRateLimiter limiter, TenantDirectory tenants) {
        return new TenantRateLimitFilter(limiter, tenants);
    }
}
