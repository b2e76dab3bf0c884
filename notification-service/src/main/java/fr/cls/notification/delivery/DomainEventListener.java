package fr.cls.notification.delivery;

import java.time.Clock;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.funding.events.FundingEvents;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * Records every domain event it receives, once: the inbox row and the delivery row commit together, so a
 * redelivered event changes nothing. Email and inbox have their own consumer (dispatch.EventNotifications).
 */
@Component
class DomainEventListener {

    static final String CONSUMER = "notification-service.delivery-log";

    private final DeliveryLog deliveries;
    private final Clock clock;
    private final EventRoutes routes;

    DomainEventListener(EventInbox inbox, DeliveryLog deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.routes = inbox.routes(CONSUMER).onAny(EventRoutes.anyType(), this::record);
    }

    @KafkaListener(topics = { ContractEvents.TOPIC, FundingEvents.TOPIC, GovernanceEvents.TOPIC })
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void record(EventEnvelope event) {
        deliveries.recordReceived(new DeliveryLog.Attempt(event.id(), event.type(), event.subject(),
                event.correlationid(), event.time().toInstant(), null), clock.instant());
    }
}
