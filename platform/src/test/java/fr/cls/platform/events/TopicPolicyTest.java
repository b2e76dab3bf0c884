package fr.cls.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

class TopicPolicyTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DeclaredTopics.class)
            .withPropertyValues("cls.events.produces=cls.contract.events", "cls.events.consumes=cls.funding.events");

    @Test
    void everyDeclaredTopicHasTheConfiguredPartitionsReplicationFactorAndMinInsyncReplicas() {
        context.withPropertyValues("cls.events.partitions=6", "cls.events.topics.replication-factor=3",
                "cls.events.topics.min-insync-replicas=2").run(ctx -> {
            List<NewTopic> topics = declared(ctx);

            assertThat(topics).extracting(NewTopic::name).containsExactlyInAnyOrder("cls.contract.events",
                    "cls.funding.events", "cls.funding.events.DLT", "cls.tenants.v1");
            assertThat(topics).allSatisfy(topic -> {
                assertThat(topic.replicationFactor()).as(topic.name()).isEqualTo((short) 3);
                assertThat(topic.configs()).as(topic.name()).containsEntry("min.insync.replicas", "2");
            });
            assertThat(topics).filteredOn(topic -> topic.name().startsWith("cls.contract") || topic.name().startsWith("cls.funding"))
                    .extracting(NewTopic::numPartitions).containsOnly(6);
            NewTopic tenants = topics.stream().filter(topic -> topic.name().equals("cls.tenants.v1")).findFirst().orElseThrow();
            assertThat(tenants.numPartitions()).as("a declaration keeps its own partitions").isEqualTo(1);
            assertThat(tenants.configs()).as("and its own configs").containsEntry("cleanup.policy", "compact");
        });
    }

    @Test
    void aSingleBrokerIsTheDefault() {
        context.run(ctx -> assertThat(declared(ctx)).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "1");
        }));
    }

    @Test
    void moreInsyncReplicasThanCopiesRefusesToStart() {
        context.withPropertyValues("cls.events.topics.replication-factor=1", "cls.events.topics.min-insync-replicas=2")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("min.insync.replicas (2) <= replication factor (1)"));
    }

    @Test
    void aTopicNamingItsOwnMinInsyncReplicasKeepsIt() {
        NewTopic topic = new TopicPolicy(3, 2).apply(new NewTopic("cls.x", 1, (short) 1).configs(Map.of("min.insync.replicas", "3")));

        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsEntry("min.insync.replicas", "3");
    }

    /** As KafkaAdmin reads them. */
    private static List<NewTopic> declared(org.springframework.context.ApplicationContext context) {
        return List.copyOf(new KafkaAdmin(Map.of()) {
            {
                setApplicationContext(context);
            }

            List<NewTopic> declared() {
                return List.copyOf(newTopics());
            }
        }.declared());
    }

    /** The platform's declarations, and one like a service's own (the tenant directory's, compacted). */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EventsProperties.class)
    static class DeclaredTopics {

        @Bean
        static TopicPolicy topicPolicy(Environment environment) {
            return EventsAutoConfiguration.topicPolicy(environment);
        }

        @Bean
        KafkaAdmin.NewTopics platformTopics(EventsProperties properties) {
            return new EventsAutoConfiguration().platformTopics(properties);
        }

        @Bean
        KafkaAdmin.NewTopics tenantTopic() {
            return new KafkaAdmin.NewTopics(new NewTopic("cls.tenants.v1", 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
        }
    }
}
