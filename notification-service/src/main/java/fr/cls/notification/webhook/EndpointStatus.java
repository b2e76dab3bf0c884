package fr.cls.notification.webhook;

/** ACTIVE: gets new events. DISABLED: gets none, its pending deliveries wait. DELETED: gone from lists, log kept. */
public enum EndpointStatus {
    ACTIVE, DISABLED, DELETED
}
