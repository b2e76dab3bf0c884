package fr.cls.funding.portal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.events.ConventionAmendedV1;
import fr.cls.funding.events.ConventionCancelledV1;
import fr.cls.funding.events.ConventionSignedV1;
import fr.cls.funding.events.FundingEvents;
import fr.cls.funding.events.FundingRequestDecidedV1;
import fr.cls.funding.events.FundingRequestInstructionStartedV1;
import fr.cls.funding.events.FundingRequestSubmittedV1;
import fr.cls.funding.events.FundingRequestWithdrawnV1;
import fr.cls.funding.events.PaymentPaidV1;
import fr.cls.funding.events.PaymentReleasedV1;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.EventEnvelope;
import fr.cls.platform.events.EventInbox;
import fr.cls.platform.events.EventRoutes;
import fr.cls.platform.security.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed a portal polls when its callback was down: every event of a request it filed (one with a portal
 * reference), once, in the order consumed. The cursor is the row id: "give me what came after N".
 */
@Component
public class PortalFeed {

    static final String CONSUMER = "funding-service.portal-feed";
    private static final Map<String, String> STATUS = Map.of(
            FundingRequestSubmittedV1.TYPE, "RECEIVED",
            FundingRequestInstructionStartedV1.TYPE, "UNDER_INSTRUCTION",
            FundingRequestWithdrawnV1.TYPE, "WITHDRAWN",
            ConventionSignedV1.TYPE, "CONVENTION_SIGNED",
            ConventionAmendedV1.TYPE, "CONVENTION_AMENDED",
            ConventionCancelledV1.TYPE, "CONVENTION_CANCELLED",
            PaymentReleasedV1.TYPE, "PAYMENT_RELEASED",
            PaymentPaidV1.TYPE, "PAYMENT_PAID");

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final EventRoutes routes;

    PortalFeed(EventInbox inbox, JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        // Every funding event of a portal's dossier; a type the feed does not name is told as its type.
        this.routes = inbox.routes(CONSUMER)
                .on(FundingRequestDecidedV1.class, (event, decided) -> record(event, decided.outcome()))
                .onAny(Predicate.not(FundingRequestDecidedV1.TYPE::equals),
                        event -> record(event, STATUS.getOrDefault(event.type(), event.type())));
    }

    /** One change of a portal's dossier, as the feed answers it. */
    public record Change(long cursor, String portalReference, UUID requestId, String type, String status, long sequence,
            JsonNode data, java.time.Instant occurredAt) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    public List<Change> since(long cursor, int limit) {
        return jdbc.query("select id, portal_reference, request_id, event_type, status, sequence, data, occurred_at"
                + " from portal_change where tenant_id = ? and id > ? order by id limit ?", (rs, i) -> new Change(rs.getLong(1),
                        rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getLong(6),
                        json.readTree(rs.getString(7)), rs.getTimestamp(8).toInstant()),
                TenantContext.require(), cursor, limit);
    }

    /** The last status told to the portal, per portal reference, for the current tenant. */
    @Transactional(readOnly = true)
    public Map<String, String> lastStatuses() {
        Map<String, String> statuses = new java.util.TreeMap<>();
        jdbc.query("select distinct on (portal_reference) portal_reference, status from portal_change where tenant_id = ?"
                + " order by portal_reference, sequence desc, id desc", rs -> {
                    statuses.put(rs.getString(1), rs.getString(2));
                }, TenantContext.require());
        return statuses;
    }

    @KafkaListener(topics = FundingEvents.TOPIC, groupId = CONSUMER)
    void on(String envelope) {
        routes.handle(envelope);
    }

    private void record(EventEnvelope event, String status) {
        JsonNode data = event.data();
        String reference = data.path("portalReference").asString(null);
        if (reference == null || reference.isBlank()) {
            return;
        }
        jdbc.update("""
                insert into portal_change (tenant_id, event_id, request_id, portal_reference, event_type, status, sequence, data,
                    occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                event.tenantid(), event.id(), UUID.fromString(data.path("requestId").asString()), reference, event.type(), status,
                data.path("sequence").asLong(0), data.toString(), Timestamp.from(event.time().toInstant()));
    }
}
