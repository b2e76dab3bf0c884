package fr.cls.notification.subscription;

import java.util.List;

/** A subscriber and their subscriptions, as the API shows them. */
public record SubscriberView(String subject, String email, String displayName, List<String> roles, List<Choice> subscriptions) {
}
