package fr.cls.notification.email;

/** The three parts of an email template, in Mustache: the subject line, the plain text and the HTML. */
public record TemplateText(String subject, String text, String html) {
}
