package fr.cls.notification.subscription;

/** The channels a person subscribes to (webhooks are per tenant, not per person). */
public enum SubscriptionChannel {
    EMAIL, INBOX
}
