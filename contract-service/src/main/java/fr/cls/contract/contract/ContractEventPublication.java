package fr.cls.contract.contract;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ContractInitiatedV1;
import fr.cls.contract.events.ContractTransitionedV1;
import fr.cls.contract.events.SignatoryAddedV1;
import fr.cls.platform.events.OutboxEventPublisher;

/**
 * Maps domain events to the published message contract and writes them to the outbox. Runs synchronously
 * inside the transaction that saves the aggregate, so the event commits (or rolls back) with the change.
 */
@Component
class ContractEventPublication {

    private final OutboxEventPublisher outbox;

    ContractEventPublication(OutboxEventPublisher outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ContractTransitioned event) {
        outbox.publish(ContractEvents.TOPIC, ContractTransitionedV1.typeOf(event.transition()), event.contractId().toString(),
                new ContractTransitionedV1(event.contractId().value(), event.kind().name(), event.title(), event.from() == null ? null : event.from().name(),
                        event.to().name(), event.on(), event.startDate(), event.endDate(), event.reason(),
                        event.nextContractId() == null ? null : event.nextContractId().value()));
    }

    @EventListener
    void on(SignatoryListed event) {
        outbox.publish(ContractEvents.TOPIC, SignatoryAddedV1.TYPE, event.contractId().toString(),
                new SignatoryAddedV1(event.contractId().value(), event.signatoryId(), event.organisation(),
                        event.kind().name(), event.carrier()));
    }

    @EventListener
    void on(ContractInitiated event) {
        outbox.publish(ContractEvents.TOPIC, ContractInitiatedV1.TYPE, event.contractId().toString(),
                new ContractInitiatedV1(event.contractId().value(), event.kind().name(), event.title(),
                        event.status().name(), event.letterOfIntentReceivedOn()));
    }
}
