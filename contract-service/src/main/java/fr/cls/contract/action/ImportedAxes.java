package fr.cls.contract.action;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.contract.AxesImported;
import fr.cls.contract.events.AxisCreatedV1;
import fr.cls.contract.events.ContractEvents;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.events.OutboxEventPublisher;

/**
 * Records the axes an imported contract was signed with, in the import's transaction and before its signed version
 * is kept: a contract that ended before the platform existed still shows what it was about.
 */
@Component
class ImportedAxes {

    private final AxisRepository axes;
    private final OutboxEventPublisher outbox;
    private final AuditTrail audit;

    ImportedAxes(AxisRepository axes, OutboxEventPublisher outbox, AuditTrail audit) {
        this.axes = axes;
        this.outbox = outbox;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AxesImported event) {
        for (int i = 0; i < event.titles().size(); i++) {
            Axis axis = axes.saveAndFlush(Axis.imported(event.contractId().value(), event.tenantId(), i + 1, event.titles().get(i)));
            audit.record("contract.axis-import", "contract-axis", axis.id().toString(), null, axis.version());
            outbox.publish(ContractEvents.TOPIC, AxisCreatedV1.TYPE, axis.contractId().toString(),
                    new AxisCreatedV1(axis.contractId(), axis.id(), axis.code(), axis.title()));
        }
    }
}
