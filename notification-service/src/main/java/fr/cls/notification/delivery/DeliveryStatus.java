package fr.cls.notification.delivery;

public enum DeliveryStatus {
    RECORDED, SENT, FAILED, DEAD_LETTERED
}
