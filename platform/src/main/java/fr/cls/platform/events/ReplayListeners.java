package fr.cls.platform.events;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The {@code @KafkaListener} handlers of this service, found through the endpoint registry. A replayed record goes
 * through the container's own listener adapter, so it meets the same message converter (the source check) and the
 * same listener method (the inbox, the tenant from the envelope) as a record polled from the topic.
 */
class ReplayListeners {

    /** One consumer group's listener on a topic. */
    record Target(String group, Consumer<ConsumerRecord<String, String>> listener) {

        void deliver(ConsumerRecord<String, String> record) {
            listener.accept(record);
        }
    }

    private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
    private final String defaultGroup;

    /** @param defaultGroup the group of listeners that name none (the consumer factory's {@code group.id}) */
    ReplayListeners(ObjectProvider<KafkaListenerEndpointRegistry> registry, String defaultGroup) {
        this.registry = registry;
        this.defaultGroup = defaultGroup;
    }

    /** The listeners of {@code topic}; only {@code group}'s when it is known (the group the record failed in). */
    List<Target> of(String topic, String group) {
        KafkaListenerEndpointRegistry endpoints = registry.getIfAvailable();
        if (endpoints == null) {
            return List.of();
        }
        return endpoints.getListenerContainers().stream()
                .filter(container -> reads(container, topic))
                .filter(container -> group == null || group.equals(groupOf(container)))
                .map(container -> new Target(groupOf(container), adapter(container)))
                .toList();
    }

    private String groupOf(MessageListenerContainer container) {
        return container.getGroupId() != null ? container.getGroupId() : defaultGroup;
    }

    private static boolean reads(MessageListenerContainer container, String topic) {
        String[] topics = container.getContainerProperties().getTopics();
        return topics != null && List.of(topics).contains(topic);
    }

    @SuppressWarnings("unchecked")
    private static Consumer<ConsumerRecord<String, String>> adapter(MessageListenerContainer container) {
        Object listener = container.getContainerProperties().getMessageListener();
        if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> aware) {
            // No acknowledgment nor consumer: the replayer commits its own offsets.
            return record -> ((AcknowledgingConsumerAwareMessageListener<String, String>) aware).onMessage(record, null, null);
        }
        if (listener instanceof MessageListener<?, ?> plain) {
            return record -> ((MessageListener<String, String>) plain).onMessage(record);
        }
        throw new IllegalStateException("listener " + container.getListenerId() + " is not a record listener");
    }
}
