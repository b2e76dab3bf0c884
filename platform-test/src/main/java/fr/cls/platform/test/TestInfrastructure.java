package fr.cls.platform.test;

import org.springframework.beans.factory.annotation.Value;
import fr.cls.identity.test.TestIssuer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Import this in an integration test to get a real PostgreSQL database (fresh per application context) and a
 * real Kafka broker. The test code is the same in both modes; see {@link InfrastructureMode}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    /** Pinned tags: the same major versions as the machines' PostgreSQL and the Kafka clients. */
    public static final String POSTGRES_IMAGE = "postgres:15.10-alpine";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    @Bean
    @ServiceConnection
    @Conditional(ContainersMode.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
    }

    @Bean
    @ServiceConnection
    @Conditional(ContainersMode.class)
    KafkaContainer kafkaContainer() {
        return new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
    }

    @Bean
    @Conditional(LocalMode.class)
    DynamicPropertyRegistrar localInfrastructure(@Value("${spring.application.name:test}") String application) {
        String url = LocalPostgres.freshDatabase("test_" + application.replace('-', '_'));
        return registry -> {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.flyway.user", LocalPostgres::user);
            registry.add("spring.flyway.password", LocalPostgres::password);
            registry.add("spring.kafka.bootstrap-servers", LocalKafka::bootstrapServers);
        };
    }

    /**
     * The test harness migrates in-process as the owner (a service never does: its migration step does), and connects
     * as the service's own role with a test-only password: the role's name, as the local launcher gives it.
     */
    @Bean
    DynamicPropertyRegistrar migrationsInProcess() {
        return registry -> {
            registry.add("cls.migrate-at-start", () -> "true");
            registry.add("spring.datasource.password", () -> "${spring.datasource.username}");
        };
    }

    /** Static: Spring Kafka reads listener annotations through it before the other beans exist. */
    @Bean
    @Conditional(LocalMode.class)
    static IsolatedConsumerGroups isolatedConsumerGroups() {
        return new IsolatedConsumerGroups();
    }

    /** The test brokers have no authentication; the SASL/ACL set-up is proven by the local stack's broker tests. */
    @Bean
    DynamicPropertyRegistrar plaintextKafka() {
        return registry -> registry.add("spring.kafka.security.protocol", () -> "PLAINTEXT");
    }

    /**
     * The demo tenant directory trusts ${CLS_IDP_ISSUER}: in tests, that is the in-test issuer. The audit chain gets a
     * test key, and checkpoints of its own per context (contexts share the local broker but not their databases)
     * published every second.
     */
    @Bean
    DynamicPropertyRegistrar testIssuer(@Value("${spring.application.name:test}") String application) {
        String checkpointScope = application + "-" + java.util.UUID.randomUUID();
        return registry -> {
            registry.add("cls.audit.key-id", () -> "test");
            registry.add("cls.audit.key", () -> "test-audit-key-0123456789abcdef");
            registry.add("cls.audit.checkpoint-scope", () -> checkpointScope);
            registry.add("cls.audit.checkpoint-interval", () -> "PT1S");
            registry.add("CLS_IDP_ISSUER", () -> TestIssuer.trusted().issuer());
            registry.add("cls.tenants.file", () -> "classpath:test-tenants.yml");
        };
    }

    /** Every API answer of the service under test is checked against its OpenAPI document ({@link DocumentedStatuses}). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    StatusRecorder documentedStatusRecorder() {
        return new StatusRecorder();
    }

    static class ContainersMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.current() == InfrastructureMode.CONTAINERS;
        }
    }

    static class LocalMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return InfrastructureMode.current() == InfrastructureMode.LOCAL;
        }
    }
}
