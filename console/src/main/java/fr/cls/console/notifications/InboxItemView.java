package fr.cls.console.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A notification of the person's inbox, as the API answers it (title and body already in French). */
public record InboxItemView(UUID id, String topic, UUID contractId, String title, String body, Instant createdAt,
        Instant readAt) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public boolean unread() {
        return readAt == null;
    }

    /** When it arrived, in Paris time. */
    public LocalDateTime receivedAt() {
        return createdAt == null ? null : LocalDateTime.ofInstant(createdAt, PARIS);
    }
}
