package fr.cls.platform.metrics;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.jdbc.core.JdbcTemplate;

/** The platform's counters and the outbox gauges, in the registry Spring Boot serves at /actuator/prometheus. */
@AutoConfiguration
public class MetricsAutoConfiguration {

    @Bean
    PlatformMetrics platformMetrics(MeterRegistry registry) {
        return new PlatformMetrics(registry);
    }

    /** Boot's MVC observation filter takes this convention: {@code http.server.requests} tagged by tenant. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ServerRequestObservationConvention tenantRequestConvention() {
        return new TenantRequestConvention();
    }

    @Bean
    OutboxGauges outboxGauges(JdbcTemplate jdbc, MeterRegistry registry) {
        OutboxGauges gauges = new OutboxGauges(jdbc, Clock.systemUTC());
        gauges.bindTo(registry);
        return gauges;
    }
}
