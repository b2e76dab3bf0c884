package fr.cls.platform.idempotency;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import fr.cls.platform.web.ProblemWriter;
import tools.jackson.databind.json.JsonMapper;

/** The {@code Idempotency-Key} filter; imported by the platform's web auto-configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyWebConfiguration {

    /**
     * Just after Spring Security's filter chain (order -100), which authenticates the request and sets its
     * tenant: keys are scoped by caller (tenant, issuer, subject, roles), and a request refused by security never
     * reserves a key.
     */
    public static final int ORDER = -90;

    @Bean
    IdempotentRequests idempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            IdempotencyProperties properties, ObjectProvider<Clock> clock) {
        return new IdempotentRequests(jdbc, transactionManager, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Marks a claimed key in the handler's own commit; a listener of the tenant-scoped transaction manager. */
    @Bean
    CommitMarker idempotencyCommitMarker(JdbcTemplate jdbc) {
        return new CommitMarker(jdbc);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ObjectProvider<IdempotentRequests> requests,
            ProblemWriter problems, JsonMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(requests::getObject, problems, json));
        registration.setOrder(ORDER);
        return registration;
    }
}
