package fr.cls.platform.events;

import java.lang.reflect.Type;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.messaging.Message;

/**
 * Every listener's records pass here before the listener sees them, and only here is the topic known: a record
 * whose envelope is not from its topic's producer is refused as poison, so the error handler parks it on the
 * dead-letter topic with the reason and no handler runs.
 */
class SourceCheckingMessageConverter extends MessagingMessageConverter {

    private final EventCodec codec;
    private final EventSources sources;

    SourceCheckingMessageConverter(EventCodec codec, EventSources sources) {
        this.codec = codec;
        this.sources = sources;
    }

    @Override
    public Message<?> toMessage(ConsumerRecord<?, ?> record, Object acknowledgment, Object consumer, Type type) {
        if (!(record.value() instanceof String raw)) {
            throw new PoisonEventException("record on " + record.topic() + " is not a JSON event envelope", null);
        }
        sources.verify(record.topic(), codec.decode(raw));
        return super.toMessage(record, acknowledgment, consumer, type);
    }
}
