package fr.cls.notification.dispatch;

import java.time.Instant;
import java.util.UUID;

import fr.cls.notification.subscription.Topic;

/**
 * Something to tell, in French. {@code eventId} is the once-key of every delivery: the event's id, or for a
 * reminder an id derived from its (kind, subject, due date).
 */
public record Notification(UUID eventId, String eventType, String subject, String correlationId, Instant eventTime,
        Topic topic, UUID contractId, String title, String body) {
}
