package fr.cls.notification.dispatch;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.funding.events.FundingEvents;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.notification.tracking.LocalCopies;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * Every domain event, once (its own consumer group and inbox name): keeps the local copies reminders need
 * ({@link LocalCopies}), then tells the subscribers ({@link EventMessages}), both in the inbox's transaction.
 */
@Component
class EventNotifications {

    static final String CONSUMER = "notification-service.notifications";

    private final EventRoutes routes;

    EventNotifications(EventInbox inbox, LocalCopies copies, EventMessages messages) {
        // Copies first: a message reads them (a contract's title, its owner).
        this.routes = messages.declare(copies.declare(inbox.routes(CONSUMER)));
    }

    @KafkaListener(topics = { ContractEvents.TOPIC, FundingEvents.TOPIC, GovernanceEvents.TOPIC }, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }
}
