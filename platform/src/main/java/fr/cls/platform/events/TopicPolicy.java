package fr.cls.platform.events;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.util.ReflectionUtils;

/**
 * Gives every topic a service declares (its events, their dead letters, the audit checkpoints, the tenant
 * directory...) the cluster's replication factor and {@code min.insync.replicas}. These are properties of the
 * cluster a service runs against, not of the topic: one broker in tests, three in production. The declarations
 * keep what is theirs (partitions, compaction, retention), and a declaration that names its own
 * {@code min.insync.replicas} or replica assignment keeps it.
 */
final class TopicPolicy implements BeanPostProcessor {

    private final short replicationFactor;
    private final int minInsyncReplicas;

    TopicPolicy(int replicationFactor, int minInsyncReplicas) {
        if (replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            // Accepted by Kafka, but every acks=all write would then fail with NotEnoughReplicas: refuse to start.
            throw new IllegalStateException("Kafka topics need 1 <= min.insync.replicas (" + minInsyncReplicas
                    + ") <= replication factor (" + replicationFactor + ")");
        }
        this.replicationFactor = (short) replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof NewTopic topic) {
            return apply(topic);
        }
        if (bean instanceof KafkaAdmin.NewTopics topics) {
            return new KafkaAdmin.NewTopics(topicsOf(topics).stream().map(this::apply).toArray(NewTopic[]::new));
        }
        return bean;
    }

    /**
     * Spring Kafka reads a {@code NewTopics} bean through a package-private getter only; read the same way, so a
     * service's declaration (the tenant directory's) needs no change to follow the cluster. TopicPolicyTest fails
     * if a Spring Kafka upgrade removes it.
     */
    @SuppressWarnings("unchecked")
    private static Collection<NewTopic> topicsOf(KafkaAdmin.NewTopics topics) {
        Method getter = ReflectionUtils.findMethod(KafkaAdmin.NewTopics.class, "getNewTopics");
        if (getter == null) {
            throw new IllegalStateException("Spring Kafka's NewTopics no longer has getNewTopics(): update TopicPolicy");
        }
        ReflectionUtils.makeAccessible(getter);
        return (Collection<NewTopic>) ReflectionUtils.invokeMethod(getter, topics);
    }

    NewTopic apply(NewTopic topic) {
        if (topic.replicasAssignments() != null) {
            return topic;
        }
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas));
        if (topic.configs() != null) {
            configs.putAll(topic.configs());
        }
        return new NewTopic(topic.name(), topic.numPartitions(), replicationFactor).configs(configs);
    }
}
