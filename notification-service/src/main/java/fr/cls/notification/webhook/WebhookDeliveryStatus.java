package fr.cls.notification.webhook;

/** PENDING: to send (or being retried). DELIVERED: a 2xx answer. DEAD: the dead-letter list, replayable. */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, DEAD
}
