package fr.cls.notification.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One HTTP call made for a delivery: when, how long, what the receiver answered or why it did not. */
@Entity
@Table(name = "webhook_attempt")
class WebhookAttempt {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "status_code", updatable = false)
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(updatable = false)
    private String error;

    protected WebhookAttempt() {
    }

    static WebhookAttempt of(String tenantId, UUID deliveryId, WebhookCall call) {
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = UUID.randomUUID();
        attempt.tenantId = tenantId;
        attempt.deliveryId = deliveryId;
        attempt.attemptedAt = call.at();
        attempt.succeeded = call.succeeded();
        attempt.statusCode = call.statusCode();
        attempt.durationMs = call.durationMs();
        attempt.error = call.error();
        return attempt;
    }

    UUID id() {
        return id;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }

    boolean succeeded() {
        return succeeded;
    }

    Integer statusCode() {
        return statusCode;
    }

    long durationMs() {
        return durationMs;
    }

    String error() {
        return error;
    }
}
