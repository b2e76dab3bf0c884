package fr.cls.platform.test;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.annotation.KafkaListenerAnnotationBeanPostProcessor.AnnotationEnhancer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * In local mode every application context of a test JVM talks to the same broker. Were their listeners in the
 * same consumer groups, a cached context could hold partitions, and so take events, meant for the context under
 * test. Each context gets consumer groups of its own instead, positioned at the end of the topics whenever it
 * starts or restarts after a pause: what a broker of its own (containers mode) would give it, with none of the
 * events that tests of other contexts published.
 */
final class IsolatedConsumerGroups implements AnnotationEnhancer, SmartLifecycle, ApplicationContextAware {

    private final String suffix = "ctx-" + UUID.randomUUID().toString().substring(0, 8);
    private ApplicationContext context;
    private volatile boolean running;

    @Override
    public Map<String, Object> apply(Map<String, Object> attributes, AnnotatedElement element) {
        Map<String, Object> changed = new HashMap<>(attributes);
        changed.put("groupId", declaredGroup(attributes) + "." + suffix);
        return changed;
    }

    /** The group the listener would have had: its groupId, else its id (when it is the group), else the default. */
    private static String declaredGroup(Map<String, Object> attributes) {
        String groupId = (String) attributes.getOrDefault("groupId", "");
        String id = (String) attributes.getOrDefault("id", "");
        boolean idIsGroup = !Boolean.FALSE.equals(attributes.get("idIsGroup"));
        if (!groupId.isEmpty()) {
            return groupId;
        }
        return !id.isEmpty() && idIsGroup ? id : "${spring.kafka.consumer.group-id}";
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    @Override
    public void start() {
        KafkaListenerEndpointRegistry registry = context.getBeanProvider(KafkaListenerEndpointRegistry.class).getIfAvailable();
        KafkaAdmin kafkaAdmin = context.getBeanProvider(KafkaAdmin.class).getIfAvailable();
        if (registry != null && kafkaAdmin != null) {
            positionAtEnd(registry, kafkaAdmin);
        }
        running = true;
    }

    private static void positionAtEnd(KafkaListenerEndpointRegistry registry, KafkaAdmin kafkaAdmin) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (MessageListenerContainer container : registry.getListenerContainers()) {
                String[] topics = container.getContainerProperties().getTopics();
                if (topics == null) {
                    continue;
                }
                List<String> present = Arrays.stream(topics).filter(existing::contains).toList();
                commitEndOffsets(admin, container.getGroupId(), present);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while positioning the test's consumer groups", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not position the test's consumer groups at the end of their topics", e);
        }
    }

    private static void commitEndOffsets(Admin admin, String group, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                .values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> offsets = ends.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, end -> new OffsetAndMetadata(end.getValue().offset())));
        admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers start, so they find their groups' offsets in place. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
    }
}
