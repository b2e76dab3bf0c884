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

/**
 * Follows contracts: their bodies open when they enter elaboration (or arrive already running, imported, or are a
 * renewal's new generation), a new
 * signatory is offered a seat, and the bodies close when the contract ends.
 */
@Component
class ContractLifecycleReactions {

    static final String CONSUMER = "governance-service.contract-bodies";
    private static final Set<String> OPEN = Set.of("ELABORATION", "AWAITING_SIGNATURES", "IN_FORCE", "EVALUATION");

    private final EventInbox inbox;
    private final Bodies bodies;

    ContractLifecycleReactions(EventInbox inbox, Bodies bodies) {
        this.inbox = inbox;
        this.bodies = bodies;
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = ContractEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        inbox.handle(CONSUMER, envelope, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (ContractInitiatedV1.TYPE.equals(event.type())) {
            // A renewal's new generation starts directly in elaboration.
            ContractInitiatedV1 initiated = inbox.payload(event, ContractInitiatedV1.class);
            if (OPEN.contains(initiated.status())) {
                bodies.openForContract(initiated.contractId(), initiated.title(), dayOf(event));
            }
        } else if (SignatoryAddedV1.TYPE.equals(event.type())) {
            SignatoryAddedV1 added = inbox.payload(event, SignatoryAddedV1.class);
            bodies.proposeSeats(added.contractId(), added.signatoryId(), added.organisation());
        } else if (ContractTransitionedV1.isTransition(event.type())) {
            ContractTransitionedV1 moved = inbox.payload(event, ContractTransitionedV1.class);
            LocalDate on = moved.occurredOn() != null ? moved.occurredOn() : dayOf(event);
            if (Bodies.ENDED.contains(moved.toStatus())) {
                bodies.closeForContract(moved.contractId(), on);
            } else if (OPEN.contains(moved.toStatus())) {
                bodies.openForContract(moved.contractId(), moved.title(), on);
            }
        }
    }

    /** The business day (Europe/Paris) the event happened. */
    private static LocalDate dayOf(EventEnvelope event) {
        return event.time().atZoneSameInstant(ZoneId.of("Europe/Paris")).toLocalDate();
    }
}
