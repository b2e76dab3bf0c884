package fr.cls.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook services answer; the web adapter shapes them (entities never leave the package). */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** @param circuitState of this instance's breaker for the endpoint: CLOSED, OPEN or HALF_OPEN */
    public record Endpoint(UUID id, String url, List<String> eventTypes, String description, String status,
            Instant previousSecretExpiresAt, String circuitState, Instant createdAt, Instant updatedAt, long version) {
    }

    /** An endpoint with its secret: only ever answered at creation and rotation. */
    public record EndpointWithSecret(Endpoint endpoint, String secret) {
    }

    public record Delivery(UUID id, UUID endpointId, String url, UUID eventId, String eventType, String status,
            int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
            Instant deliveredAt) {
    }

    public record Attempt(UUID id, Instant attemptedAt, boolean succeeded, Integer statusCode, long durationMs,
            String error) {
    }

    public record DeliveryWithAttempts(Delivery delivery, List<Attempt> attempts) {
    }
}
