package fr.cls.notification.subscription;

/** Someone to tell, on one channel. {@code email} may be null (no address known): then no email. */
public record Recipient(String subject, String email, String displayName, SubscriptionChannel channel) {
}
