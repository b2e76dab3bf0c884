package fr.cls.notification.email;

/** A rendered email: subject line, plain text and HTML alternatives. */
public record MailContent(String subjectLine, String text, String html) {
}
