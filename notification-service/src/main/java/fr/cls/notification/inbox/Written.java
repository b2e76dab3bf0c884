package fr.cls.notification.inbox;

/** A notification's title and body as written in one language. */
public record Written(String title, String body) {
}
