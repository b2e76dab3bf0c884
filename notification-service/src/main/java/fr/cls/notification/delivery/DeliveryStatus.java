package fr.cls.notification.delivery;

/** RECORDED: the LOG row of an event; PENDING: an email waiting to be sent; then SENT or FAILED. */
public enum DeliveryStatus {
    RECORDED, PENDING, SENT, FAILED, DEAD_LETTERED
}
