package fr.cls.notification.subscription;

import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;

/**
 * Someone to tell, on one channel. {@code email} may be null (no address known): then no email; {@code language}
 * null when unknown (then the tenant's).
 */
public record Recipient(Person person, String email, String displayName, SubscriptionChannel channel, Language language) {
}
