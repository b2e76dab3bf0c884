package fr.cls.contract.action;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cls.contract.events.ActionSheetChangedV1;
import fr.cls.contract.events.AmendmentSignedV1;
import fr.cls.contract.events.AnnualReportDraftedV1;
import fr.cls.contract.events.AnnualReportSubmittedV1;
import fr.cls.contract.events.AxisCreatedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.contract.events.ProgrammingChangedV1;
import fr.cls.platform.events.OutboxEventPublisher;

/**
 * Maps the events this package's aggregates raise to the published message contract, keyed by the contract so that
 * its events stay in order. Runs inside the transaction that saves the aggregate: the message commits with it.
 */
@Component
class ActionEventPublication {

    private final OutboxEventPublisher outbox;

    ActionEventPublication(OutboxEventPublisher outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(AxisCreated event) {
        publish(AxisCreatedV1.TYPE, event.contractId(),
                new AxisCreatedV1(event.contractId(), event.axisId(), event.code(), event.title()));
    }

    @EventListener
    void on(ActionSheetChanged event) {
        String type = switch (event.how()) {
            case CREATED -> ActionSheetChangedV1.TYPE_CREATED;
            case EDITED -> ActionSheetChangedV1.TYPE_UPDATED;
            case MEASURED -> ActionSheetChangedV1.TYPE_MEASURED;
        };
        publish(type, event.contractId(), new ActionSheetChangedV1(event.contractId(), event.sheetId(), event.axisId(),
                event.title(), event.status().name(), event.budget(), event.funderPlans()));
    }

    @EventListener
    void on(ProgrammingChanged event) {
        String type = switch (event.status()) {
            case DRAFT -> ProgrammingChangedV1.TYPE_DRAFTED;
            case SUBMITTED -> ProgrammingChangedV1.TYPE_SUBMITTED;
            case VALIDATED -> ProgrammingChangedV1.TYPE_VALIDATED;
        };
        publish(type, event.contractId(), new ProgrammingChangedV1(event.contractId(), event.year(),
                event.status().name(), event.actionSheetIds()));
    }

    @EventListener
    void on(AnnualReportDrafted event) {
        publish(AnnualReportDraftedV1.TYPE, event.contractId(), new AnnualReportDraftedV1(event.contractId(), event.year()));
    }

    @EventListener
    void on(AnnualReportSubmitted event) {
        publish(AnnualReportSubmittedV1.TYPE, event.contractId(),
                new AnnualReportSubmittedV1(event.contractId(), event.year(), event.submittedOn()));
    }

    @EventListener
    void on(AmendmentSigned event) {
        publish(AmendmentSignedV1.TYPE, event.contractId(),
                new AmendmentSignedV1(event.contractId(), event.amendmentId(), event.number(), event.signedOn()));
    }

    private void publish(String type, UUID contractId, Object payload) {
        outbox.publish(ContractEvents.TOPIC, type, contractId.toString(), payload);
    }
}
