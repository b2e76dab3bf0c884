package fr.cls.platform.events;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.context.CorrelationId;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.metrics.PlatformMetrics;

/**
 * Runs a consumer's handler at most once per event: the {@code (consumer, event id)} row and the handler's
 * effects commit in one transaction. The tenant and correlation id come from the envelope and are set before
 * the transaction starts and cleared after it, whatever happens.
 */
public class EventInbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final PlatformMetrics metrics;

    EventInbox(JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec, PlatformMetrics metrics) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.metrics = metrics;
    }

    /**
     * Consumers go through {@link #routes(String)}, which also binds the payload.
     *
     * @return true if the handler ran, false if this consumer had already processed the event
     */
    boolean handle(String consumer, String rawEnvelope, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = codec.decode(rawEnvelope);
        try {
            TenantContext.set(envelope.tenantid());
            if (envelope.correlationid() != null) {
                CorrelationId.set(envelope.correlationid());
            }
            Boolean handled = tx.execute(status -> {
                int inserted = jdbc.update("""
                        insert into processed_event (consumer, event_id, event_type) values (?, ?, ?)
                        on conflict do nothing""", consumer, envelope.id(), envelope.type());
                if (inserted == 0) {
                    return false;
                }
                handler.accept(envelope);
                return true;
            });
            if (!Boolean.TRUE.equals(handled)) {
                metrics.duplicateAbsorbed(consumer);
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + envelope.id() + " cannot be handled: " + e.getMessage(), e);
        } finally {
            TenantContext.clear();
            CorrelationId.clear();
        }
    }

    /** A consumer's typed handlers, run through this inbox: declare them once, then hand it each message. */
    public EventRoutes routes(String consumer) {
        return new EventRoutes(consumer, this);
    }

    <T> T payload(EventEnvelope envelope, Class<T> type) {
        return codec.payload(envelope, type);
    }
}
