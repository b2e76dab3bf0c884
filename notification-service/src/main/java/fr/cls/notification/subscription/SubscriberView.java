package fr.cls.notification.subscription;

import java.util.List;

/** A subscriber and their subscriptions, as the API shows them ({@code issuer} null: recorded without one). */
public record SubscriberView(String issuer, String subject, String email, String displayName, List<String> roles,
        List<Choice> subscriptions) {
}
