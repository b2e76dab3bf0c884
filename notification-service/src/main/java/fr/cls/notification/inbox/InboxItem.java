package fr.cls.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** An inbox item as its owner sees it. */
public record InboxItem(UUID id, String topic, UUID contractId, String title, String body, Instant createdAt, Instant readAt) {
}
