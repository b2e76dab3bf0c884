package fr.cls.notification.dispatch;

import java.util.Objects;

/** A generated PDF sent with a notification's emails (not with inbox items or webhooks). */
public record Attachment(String fileName, byte[] content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
