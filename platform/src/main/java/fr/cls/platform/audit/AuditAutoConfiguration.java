package fr.cls.platform.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.events.EventsAutoConfiguration;

/** The audit trail of every service; its REST API comes with {@link AuditWebConfiguration}. */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, EventsAutoConfiguration.class})
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        return new AuditTrail(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }
}
