package fr.cls.notification.dispatch;

import java.time.Instant;
import java.util.UUID;

import fr.cls.notification.subscription.Topic;

/**
 * Something to tell, in no language yet: each recipient reads it in theirs. {@code eventId} is the once-key of every
 * delivery: the event's id, or for a reminder an id derived from its (kind, subject, due date).
 */
public record Notification(UUID eventId, String eventType, String subject, String correlationId, Instant eventTime,
        Topic topic, UUID contractId, Message message, Attachment attachment) {

    /** Without attachment, as most notifications. */
    public Notification(UUID eventId, String eventType, String subject, String correlationId, Instant eventTime,
            Topic topic, UUID contractId, Message message) {
        this(eventId, eventType, subject, correlationId, eventTime, topic, contractId, message, null);
    }

    public Notification withAttachment(Attachment file) {
        return new Notification(eventId, eventType, subject, correlationId, eventTime, topic, contractId, message, file);
    }
}
