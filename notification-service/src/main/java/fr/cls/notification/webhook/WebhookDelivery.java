package fr.cls.notification.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event for one endpoint: created PENDING with the consumed event, then DELIVERED or DEAD. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private UUID endpointId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookDeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The W3C trace context of the event that caused the delivery (null if it had none). */
    @Column(updatable = false)
    private String traceparent;

    protected WebhookDelivery() {
    }

    /** Not due before {@code until}: leased to a dispatcher that is sending it, or waiting for a circuit. */
    void waitFor(Instant until, String reason, Instant now) {
        nextAttemptAt = until;
        lastError = reason;
        updatedAt = now;
    }

    void delivered(int statusCode, int attemptsMade, Instant now) {
        status = WebhookDeliveryStatus.DELIVERED;
        attempts += attemptsMade;
        lastStatusCode = statusCode;
        lastError = null;
        deliveredAt = now;
        updatedAt = now;
    }

    /** @return true if the delivery went to the dead-letter list */
    boolean failed(int attemptsMade, Integer statusCode, String error, int deadAfter, Instant nextAttempt, Instant now) {
        attempts += attemptsMade;
        if (statusCode != null || attemptsMade > 0) {
            lastStatusCode = statusCode;
        }
        lastError = error;
        updatedAt = now;
        if (attempts >= deadAfter) {
            status = WebhookDeliveryStatus.DEAD;
            return true;
        }
        nextAttemptAt = nextAttempt;
        return false;
    }

    /** The endpoint is gone: nothing more will be tried. */
    void abandon(String reason, Instant now) {
        status = WebhookDeliveryStatus.DEAD;
        lastError = reason;
        updatedAt = now;
    }

    /** An operator asks for it again: a fresh round of attempts, sent at the next pass. */
    void replay(Instant now) {
        status = WebhookDeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    UUID endpointId() {
        return endpointId;
    }

    UUID eventId() {
        return eventId;
    }

    String traceparent() {
        return traceparent;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    WebhookDeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Integer lastStatusCode() {
        return lastStatusCode;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }
}
