package fr.cls.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notification for one event on one channel, and what became of it. */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "correlation_id")
    private String correlationId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;

    /** The recipient's issuer; null on rows from before it was kept. */
    @Column(name = "recipient_issuer")
    private String recipientIssuer;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    @Column(name = "event_time", nullable = false)
    private Instant eventTime;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "contract_id")
    private UUID contractId;

    /** The channel's answer (the SMTP server's reply, or why it failed). */
    private String result;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Delivery() {
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String subject() {
        return subject;
    }

    public String correlationId() {
        return correlationId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientIssuer() {
        return recipientIssuer;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant eventTime() {
        return eventTime;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID contractId() {
        return contractId;
    }

    public String result() {
        return result;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
