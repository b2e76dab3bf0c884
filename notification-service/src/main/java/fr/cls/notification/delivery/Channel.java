package fr.cls.notification.delivery;

/** How a notification reaches its recipient. LOG: recorded only (no recipient channel configured yet). */
public enum Channel {
    LOG, EMAIL, WEBHOOK, INBOX
}
