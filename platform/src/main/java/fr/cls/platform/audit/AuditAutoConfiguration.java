package fr.cls.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import fr.cls.platform.events.EventsAutoConfiguration;
import fr.cls.tenancy.Tenant;
import fr.cls.tenancy.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

    /** Every tenant of the directory is swept; entries are sealed sooner, as soon as their writer commits. */
    @Bean
    @ConditionalOnMissingBean
    AuditSealer auditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKeys keys,
            AuditCheckpoints checkpoints, ObjectProvider<TenantDirectory> tenants, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters,
            @Value("${cls.audit.seal-interval:PT0.2S}") Duration interval,
            @Value("${cls.audit.seal-sweep-interval:PT30S}") Duration sweepInterval,
            @Value("${cls.audit.seal-batch:500}") int batchSize) {
        Supplier<Collection<String>> all = () -> tenants.stream().flatMap(directory -> directory.all().stream())
                .map(Tenant::id).toList();
        return new AuditSealer(jdbc, transactions, keys, checkpoints, all, clock.getIfAvailable(Clock::systemUTC),
                interval, sweepInterval, batchSize, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail(JdbcTemplate jdbc, ObjectProvider<Clock> clock, AuditKeys keys, AuditCheckpoints checkpoints,
            AuditSealer sealer, @Value("${cls.audit.seal-within:PT1M}") Duration sealWithin) {
        return new AuditTrail(jdbc, clock.getIfAvailable(Clock::systemUTC), keys, checkpoints, sealer, sealWithin);
    }
}
