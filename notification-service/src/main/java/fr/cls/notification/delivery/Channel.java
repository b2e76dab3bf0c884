package fr.cls.notification.delivery;

/** How a notification reaches its recipient. LOG: the one row per consumed event, with no recipient. */
public enum Channel {
    LOG, EMAIL, WEBHOOK, INBOX
}
