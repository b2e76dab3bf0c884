package fr.cls.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** Which deliveries to show; every field may be null (no filter). {@code from} inclusive, {@code to} exclusive. */
public record DeliveryFilter(Channel channel, DeliveryStatus status, String recipient, String subject, UUID contractId,
        Instant from, Instant to) {
}
