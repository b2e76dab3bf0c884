package fr.cls.governance.body;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.contract.events.SignatoryAddedV1;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * Follows contracts: their bodies open when they enter elaboration (or arrive already running, imported, or are a
 * renewal's new generation), a new
 * signatory is offered a seat, and the bodies close when the contract ends.
 */
@Component
class ContractLifecycleReactions {

    static final String CONSUMER = "governance-service.contract-bodies";
    private static final Set<String> OPEN = Set.of("ELABORATION", "AWAITING_SIGNATURES", "IN_FORCE", "EVALUATION");

    private final Bodies bodies;
    private final EventRoutes routes;

    ContractLifecycleReactions(EventInbox inbox, Bodies bodies) {
        this.bodies = bodies;
        this.routes = inbox.routes(CONSUMER)
                .on(ContractInitiatedV1.class, this::initiated)
                .on(SignatoryAddedV1.class, added -> bodies.proposeSeats(added.contractId(), added.signatoryId(),
                        added.organisation()))
                .onAny(ContractTransitionedV1::isTransition, ContractTransitionedV1.class, this::moved);
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = ContractEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    /** A renewal's new generation starts directly in elaboration. */
    private void initiated(EventEnvelope event, ContractInitiatedV1 initiated) {
        if (OPEN.contains(initiated.status())) {
            bodies.openForContract(initiated.contractId(), initiated.title(), dayOf(event));
        }
    }

    private void moved(EventEnvelope event, ContractTransitionedV1 moved) {
        LocalDate on = moved.occurredOn() != null ? moved.occurredOn() : dayOf(event);
        if (Bodies.ENDED.contains(moved.toStatus())) {
            bodies.closeForContract(moved.contractId(), on);
        } else if (OPEN.contains(moved.toStatus())) {
            bodies.openForContract(moved.contractId(), moved.title(), on);
        }
    }

    /** The business day (Europe/Paris) the event happened. */
    private static LocalDate dayOf(EventEnvelope event) {
        return event.time().atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate();
    }
}
