package fr.cls.contract.action;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.change.AggregateChanges;
import fr.cls.contract.change.AggregateChanges.Changes;
import fr.cls.contract.contract.AxesImported;

/**
 * Records the axes an imported contract was signed with, in the import's transaction and before its signed version
 * is kept: a contract that ended before the platform existed still shows what it was about.
 */
@Component
class ImportedAxes {

    private final Changes<Axis> axisChanges;

    ImportedAxes(AxisRepository axes, AggregateChanges changes) {
        this.axisChanges = ContractActions.axisChanges(changes, axes);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AxesImported event) {
        for (int i = 0; i < event.titles().size(); i++) {
            axisChanges.create("contract.axis-import", Axis.imported(event.contractId().value(), event.tenantId(), i + 1,
                    event.titles().get(i)));
        }
    }
}
