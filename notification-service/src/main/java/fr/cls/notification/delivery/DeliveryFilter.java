package fr.cls.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import fr.cls.notification.person.Person;

/**
 * Which deliveries to show; every field may be null (no filter). {@code from} inclusive, {@code to} exclusive.
 * {@code recipient}: to anyone with this subject (an agent's filter); {@code sentTo}: to this person only.
 */
public record DeliveryFilter(Channel channel, DeliveryStatus status, String recipient, Person sentTo, String subject,
        UUID contractId, Instant from, Instant to) {
}
