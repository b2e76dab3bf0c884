package fr.cls.contract.contract;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.EvaluationAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * The COPIL's decisions on the contract itself, from governance-service: its validation unlocks the submission for
 * signature; the adoption of its evaluation is recorded.
 */
@Component
class CopilValidations {

    static final String CONSUMER = "contract-service.copil-validations";
    private static final Logger log = LoggerFactory.getLogger(CopilValidations.class);

    private final ContractRepository contracts;
    private final EventRoutes routes;

    CopilValidations(EventInbox inbox, ContractRepository contracts) {
        this.contracts = contracts;
        this.routes = inbox.routes(CONSUMER)
                .on(ContractValidatedV1.class, (event, validated) -> record(event, validated.contractId(),
                        "COPIL validation", c -> c.recordCopilValidation(validated.decidedOn())))
                .on(EvaluationAdoptedV1.class, (event, adopted) -> record(event, adopted.contractId(),
                        "evaluation adoption", c -> c.recordEvaluationAdoption(adopted.decidedOn())));
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = GovernanceEvents.TOPIC)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void record(EventEnvelope event, UUID id, String what, java.util.function.Predicate<Contract> change) {
        contracts.findByIdAndTenantId(id, event.tenantid()).ifPresentOrElse(contract -> {
            if (change.test(contract)) {
                contracts.save(contract);
            } else {
                log.warn("{} of contract {} ignored: the contract is {}", what, id, contract.status());
            }
        }, () -> log.warn("{} for unknown contract {} of tenant {} ignored", what, id, event.tenantid()));
    }
}
