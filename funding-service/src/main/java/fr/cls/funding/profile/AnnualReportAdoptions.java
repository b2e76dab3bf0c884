package fr.cls.funding.profile;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.governance.events.AnnualReportAdoptedV1;
import fr.cls.governance.events.GovernanceEvents;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;

/**
 * Keeps the COPIL's adoptions of contracts' annual reports from governance-service's events (each applied once), a
 * payment condition some scheme versions set; the payment release job then releases what waited for them.
 */
@Component
public class AnnualReportAdoptions {

    static final String CONSUMER = "funding-service.annual-report-adoptions";

    private static final Logger log = LoggerFactory.getLogger(AnnualReportAdoptions.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EventRoutes routes;

    AnnualReportAdoptions(EventInbox inbox, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.routes = inbox.routes(CONSUMER).on(AnnualReportAdoptedV1.class, this::adopt);
    }

    /** Years whose annual report the contract's COPIL has adopted. */
    @Transactional(readOnly = true)
    public Set<Integer> adopted(UUID contractId) {
        return new TreeSet<>(jdbc.queryForList("select year from annual_report_adopted where contract_id = ?", Integer.class,
                contractId));
    }

    /** Not transactional itself: the inbox sets the event's tenant, then opens the transaction. */
    @KafkaListener(topics = GovernanceEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void adopt(EventEnvelope event, AnnualReportAdoptedV1 adoption) {
        if (adoption.contractId() == null || adoption.year() == null) {
            log.warn("annual report adoption {} ignored: no contract or no year", event.id());
            return;
        }
        LocalDate on = adoption.decidedOn() != null ? adoption.decidedOn() : LocalDate.now(clock);
        jdbc.update("""
                insert into annual_report_adopted (contract_id, year, tenant_id, adopted_on, body_id, meeting_id)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", adoption.contractId(), adoption.year(), event.tenantid(),
                Date.valueOf(on), adoption.bodyId(), adoption.meetingId());
    }
}
