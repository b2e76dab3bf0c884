package fr.cls.platform.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.platform.context.CorrelationId;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.tracing.TraceContexts;

/**
 * Publishes an event by writing it to the outbox table inside the caller's transaction: the event exists
 * if and only if the state change commits. The relay sends it to Kafka afterwards.
 */
public class OutboxEventPublisher {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final String source;
    private final Clock clock;
    private final Runnable onCommit;
    private final TraceContexts traces;

    OutboxEventPublisher(JdbcTemplate jdbc, EventCodec codec, String source, Clock clock, Runnable onCommit,
            TraceContexts traces) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.clock = clock;
        this.onCommit = onCommit;
        this.traces = traces;
    }

    /**
     * @param subject the aggregate id; also the Kafka key so one aggregate's events stay ordered
     * @param data the payload record, serialised as JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope publish(String topic, String type, String subject, Object data) {
        return publish(topic, type, subject, TenantContext.require(), data);
    }

    /**
     * For an event that belongs to another tenant than the one acting: e.g. a contract's owner files a funding
     * request, and the request (hence its events) is the funder's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope publish(String topic, String type, String subject, String tenantId, Object data) {
        EventEnvelope envelope = new EventEnvelope(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID(),
                source,
                type,
                subject,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                "application/json",
                tenantId,
                CorrelationId.currentOrNew(),
                codec.mapper().valueToTree(data));
        jdbc.update("""
                insert into outbox_event (event_id, topic, message_key, event_type, tenant_id, envelope, traceparent)
                values (?, ?, ?, ?, ?, ?, ?)""",
                envelope.id(), topic, subject, type, envelope.tenantid(), codec.encode(envelope),
                traces.currentTraceparent());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommit.run();
            }
        });
        return envelope;
    }
}
