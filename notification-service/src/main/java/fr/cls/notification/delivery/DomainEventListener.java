package fr.cls.notification.delivery;

import java.time.Clock;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.funding.events.FundingEvents;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;

/**
 * Records every domain event it receives, once: the inbox row and the delivery row commit together, so a
 * redelivered event changes nothing. Email and inbox have their own consumer (dispatch.EventNotifications).
 */
@Component
class DomainEventListener {

    static final String CONSUMER = "notification-service.delivery-log";

    private final EventInbox inbox;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    DomainEventListener(EventInbox inbox, DeliveryRepository deliveries, Clock clock) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @KafkaListener(topics = { ContractEvents.TOPIC, FundingEvents.TOPIC, GovernanceEvents.TOPIC })
    void on(String envelope) {
        inbox.handle(CONSUMER, envelope, this::record);
    }

    private void record(EventEnvelope event) {
        deliveries.save(Delivery.recorded(event.tenantid(), event.id(), event.type(), event.subject(),
                event.correlationid(), event.time().toInstant(), clock.instant()));
    }
}
