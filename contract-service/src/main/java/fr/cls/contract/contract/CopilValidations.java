package fr.cls.contract.contract;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.governance.events.ContractValidatedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;

/** The COPIL's validation of a contract, from governance-service, unlocks its submission for signature. */
@Component
class CopilValidations {

    static final String CONSUMER = "contract-service.copil-validations";
    private static final Logger log = LoggerFactory.getLogger(CopilValidations.class);

    private final EventInbox inbox;
    private final ContractRepository contracts;

    CopilValidations(EventInbox inbox, ContractRepository contracts) {
        this.inbox = inbox;
        this.contracts = contracts;
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = GovernanceEvents.TOPIC)
    void on(String envelope) {
        inbox.handle(CONSUMER, envelope, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!ContractValidatedV1.TYPE.equals(event.type())) {
            return;
        }
        ContractValidatedV1 validated = inbox.payload(event, ContractValidatedV1.class);
        UUID id = validated.contractId();
        contracts.findByIdAndTenantId(id, event.tenantid()).ifPresentOrElse(contract -> {
            if (contract.recordCopilValidation(validated.decidedOn())) {
                contracts.save(contract);
            } else {
                log.warn("COPIL validation of contract {} ignored: the contract is {}", id, contract.status());
            }
        }, () -> log.warn("COPIL validation for unknown contract {} of tenant {} ignored", id, event.tenantid()));
    }
}
