package fr.cls.notification.subscription;

import fr.cls.notification.person.Person;

/** Someone to tell, on one channel. {@code email} may be null (no address known): then no email. */
public record Recipient(Person person, String email, String displayName, SubscriptionChannel channel) {
}
