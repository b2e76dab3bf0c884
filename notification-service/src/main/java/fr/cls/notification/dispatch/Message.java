package fr.cls.notification.dispatch;

import java.util.List;

/** A notification's title and body lines, written in each reader's language by {@link Writer}. */
public record Message(Text title, List<Text> body) {

    public Message {
        body = List.copyOf(body);
    }

    public static Message of(Text title, Text... body) {
        return new Message(title, List.of(body));
    }
}
