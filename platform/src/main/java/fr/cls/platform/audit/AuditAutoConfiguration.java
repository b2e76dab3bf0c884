package fr.cls.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.platform.events.EventsAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail of every service; its REST API comes with {@link AuditWebConfiguration}. */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, EventsAutoConfiguration.class})
public class AuditAutoConfiguration {

    /** Fails the start without a key (outside a local or dev profile): see {@link AuditKeys}. */
    @Bean
    @ConditionalOnMissingBean
    AuditKeys auditKeys(Environment environment) {
        return AuditKeys.from(environment);
    }

    @Bean
    @ConditionalOnMissingBean
    AuditCheckpoints auditCheckpoints(KafkaTemplate<String, String> kafka, ConsumerFactory<String, String> consumers,
            JsonMapper json, ObjectProvider<Clock> clock,
            @Value("${cls.audit.checkpoint-scope:${spring.application.name}}") String scope,
            @Value("${cls.audit.checkpoint-interval:PT30S}") Duration interval) {
        return new AuditCheckpoints(kafka, consumers, json, scope, interval, clock.getIfAvailable(Clock::systemUTC));
    }

    /** One partition: checkpoints are few, and verify reads them all. Kept forever, as long as the entries they vouch for. */
    @Bean
    KafkaAdmin.NewTopics auditCheckpointTopic() {
        return new KafkaAdmin.NewTopics(new NewTopic(AuditCheckpoints.TOPIC, 1, (short) 1)
                .configs(java.util.Map.of("retention.ms", "-1")));
    }

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(JdbcTemplate jdbc, ObjectProvider<Clock> clock, AuditKeys keys, AuditCheckpoints checkpoints) {
        return new AuditTrail(jdbc, clock.getIfAvailable(Clock::systemUTC), keys, checkpoints);
    }
}
