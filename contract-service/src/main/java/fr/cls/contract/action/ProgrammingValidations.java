package fr.cls.contract.action;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.cls.governance.events.AnnualReportAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.governance.events.ProgrammingValidatedV1;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * The COPIL's decisions on a contract's year, from governance-service: a submitted programming becomes VALIDATED;
 * a submitted annual report is recorded as adopted. The validated programming raises its event, published on save.
 */
@Component
class ProgrammingValidations {

    static final String CONSUMER = "contract-service.programming-validations";
    private static final Logger log = LoggerFactory.getLogger(ProgrammingValidations.class);

    private final ProgrammingRepository programmings;
    private final AnnualReportRepository reports;
    private final EventRoutes routes;

    ProgrammingValidations(EventInbox inbox, ProgrammingRepository programmings, AnnualReportRepository reports) {
        this.programmings = programmings;
        this.reports = reports;
        this.routes = inbox.routes(CONSUMER)
                .on(AnnualReportAdoptedV1.class, this::adoptReport)
                .on(ProgrammingValidatedV1.class, this::validate);
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = GovernanceEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void validate(EventEnvelope event, ProgrammingValidatedV1 validated) {
        programmings.findByContractIdAndYearAndOwnerTenantId(validated.contractId(), validated.year(), event.tenantid())
                .ifPresentOrElse(programming -> {
                    if (programming.validate(validated.decidedOn(), validated.bodyId(), validated.meetingId())) {
                        programmings.saveAndFlush(programming);
                    } else {
                        log.warn("validation of programming {}/{} ignored: it is {}", validated.contractId(),
                                validated.year(), programming.status());
                    }
                }, () -> log.warn("validation of unknown programming {}/{} of tenant {} ignored", validated.contractId(),
                        validated.year(), event.tenantid()));
    }

    private void adoptReport(EventEnvelope event, AnnualReportAdoptedV1 adopted) {
        reports.findByContractIdAndYearAndOwnerTenantId(adopted.contractId(), adopted.year(), event.tenantid())
                .ifPresentOrElse(report -> {
                    if (report.adopt(adopted.decidedOn())) {
                        reports.saveAndFlush(report);
                    } else {
                        log.warn("adoption of annual report {}/{} ignored: it is {}", adopted.contractId(), adopted.year(),
                                report.status());
                    }
                }, () -> log.warn("adoption of unknown annual report {}/{} of tenant {} ignored", adopted.contractId(),
                        adopted.year(), event.tenantid()));
    }
}
