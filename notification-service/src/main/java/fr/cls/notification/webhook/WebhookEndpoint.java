package fr.cls.notification.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Where a tenant wants events pushed, which ones, and the secret(s) its receiver checks signatures with. */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false)
    private String url;

    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    private String description;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_expires_at")
    private Instant previousSecretExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EndpointStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected WebhookEndpoint() {
    }

    static WebhookEndpoint create(String tenantId, String url, String eventTypes, String description, String secret,
            Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.tenantId = tenantId;
        endpoint.url = url;
        endpoint.eventTypes = eventTypes;
        endpoint.description = description;
        endpoint.secret = secret;
        endpoint.status = EndpointStatus.ACTIVE;
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        return endpoint;
    }

    boolean wants(String eventType) {
        return status == EndpointStatus.ACTIVE && EventTypePatterns.matches(eventTypes, eventType);
    }

    /** The secrets that sign now: the current one, and the previous one until its expiry. */
    List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    void rotate(String newSecret, Instant previousExpiresAt, Instant now) {
        previousSecret = secret;
        previousSecretExpiresAt = previousExpiresAt;
        secret = newSecret;
        updatedAt = now;
    }

    void changeStatus(EndpointStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String tenantId() {
        return tenantId;
    }

    String url() {
        return url;
    }

    String eventTypes() {
        return eventTypes;
    }

    String description() {
        return description;
    }

    String secret() {
        return secret;
    }

    Instant previousSecretExpiresAt() {
        return previousSecretExpiresAt;
    }

    EndpointStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
