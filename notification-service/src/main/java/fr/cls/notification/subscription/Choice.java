package fr.cls.notification.subscription;

import java.util.UUID;

/** One subscription: a topic on a channel for some contracts ({@code contractId} only for {@link Scope#ONE}). */
public record Choice(Topic topic, SubscriptionChannel channel, Scope scope, UUID contractId) {

    public static Choice all(Topic topic, SubscriptionChannel channel) {
        return new Choice(topic, channel, Scope.ALL, null);
    }
}
