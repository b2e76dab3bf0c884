package fr.cls.notification.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.cls.contract.events.ContractEvents;
import fr.cls.funding.events.FundingEvents;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;
import fr.cls.platform.tracing.TraceContexts;

/**
 * Turns every consumed domain event into one PENDING delivery per active endpoint of the event's tenant that wants
 * its type, in the inbox's transaction: a redelivered event is skipped by the inbox, and the unique (endpoint, event)
 * key stops a second delivery whatever happens. Nothing is sent here; the dispatcher sends after the commit.
 */
@Component
class WebhookEventListener {

    static final String CONSUMER = "notification-service.webhooks";

    private final JdbcTemplate jdbc;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;
    private final EventRoutes routes;
    private final TraceContexts traces;

    WebhookEventListener(EventInbox inbox, JdbcTemplate jdbc,
            WebhookDispatcher dispatcher, Clock clock, TraceContexts traces) {
        this.traces = traces;
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.clock = clock;
        // The endpoints receive the envelope exactly as published.
        this.routes = inbox.routes(CONSUMER).onAnyAsReceived(EventRoutes.anyType(), this::fanOut);
    }

    /** Its own consumer group: the webhooks follow the topics at their own pace, apart from the delivery log. */
    @KafkaListener(groupId = CONSUMER, topics = {ContractEvents.TOPIC, FundingEvents.TOPIC, GovernanceEvents.TOPIC})
    void on(String envelope) {
        routes.handle(envelope);
    }

    /**
     * The tenant's active endpoints, their id and the event types they want: read with plain SQL for every event
     * consumed (as JPA entities they cost the listener a fifth of notification-service's CPU: loading, then dirty
     * checking at the commit; docs/benchmarks.md). Read in the event's transaction, so an endpoint created or
     * paused before it is seen at once.
     */
    private List<ActiveEndpoint> activeEndpoints(String tenant) {
        return jdbc.query("select id, event_types from webhook_endpoint where tenant_id = ? and status = 'ACTIVE'",
                (rs, row) -> new ActiveEndpoint(rs.getObject("id", UUID.class), rs.getString("event_types")), tenant);
    }

    private record ActiveEndpoint(UUID id, String eventTypes) {
    }

    private void fanOut(EventEnvelope event, String rawEnvelope) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        // The consumer's span continues the event's trace; the dispatcher sends later, in a span continuing it again.
        String traceparent = traces.currentTraceparent();
        int created = 0;
        for (ActiveEndpoint endpoint : activeEndpoints(event.tenantid())) {
            if (EventTypePatterns.matches(endpoint.eventTypes(), event.type())) {
                created += jdbc.update("""
                        insert into webhook_delivery (id, tenant_id, endpoint_id, event_id, event_type, payload, status,
                            attempts, next_attempt_at, created_at, updated_at, traceparent)
                        values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)
                        on conflict (endpoint_id, event_id) do nothing""",
                        UUID.randomUUID(), event.tenantid(), endpoint.id(), event.id(), event.type(), rawEnvelope,
                        now, now, now, traceparent);
            }
        }
        if (created > 0) {
            String tenant = event.tenantid();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp(tenant);
                }
            });
        }
    }
}
