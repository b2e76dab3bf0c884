package fr.cls.funding.portal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.security.Roles;

/**
 * Compares what the portal shows of its dossiers with what the platform told it, and keeps the report. The portal
 * is called outside any transaction; a portal down gives a report saying so, not an error.
 */
@Service
public class Reconciliations {


    private final PortalSettings settings;
    private final PortalClient portal;
    private final PortalFeed feed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    Reconciliations(PortalSettings settings, PortalClient portal, PortalFeed feed, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.portal = portal;
        this.feed = feed;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /** One dossier seen differently: MISSING_AT_PORTAL, UNKNOWN_HERE or STATUS_DIFFERS. */
    public record Difference(String portalReference, String kind, String ours, String theirs) {
    }

    public record Report(UUID id, Instant ranAt, String outcome, int compared, List<Difference> differences, String detail) {
    }

    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    public Report runNow() {
        return run();
    }

    /** For the current tenant (the scheduled job sets it). */
    Report run() {
        String tenant = TenantContext.require();
        URI url = settings.statusUrl(tenant).orElseThrow(() -> new NotFoundException("submission portal of", tenant));
        PortalClient.PortalView view = portal.fetch(tenant, url);
        Map<String, String> ours = feed.lastStatuses();
        Report report;
        if (!view.available()) {
            report = new Report(UUID.randomUUID(), clock.instant(), "PORTAL_UNAVAILABLE", 0, List.of(), view.unavailable());
        } else {
            List<Difference> differences = compare(ours, view.dossiers());
            report = new Report(UUID.randomUUID(), clock.instant(), differences.isEmpty() ? "IN_SYNC" : "DIFFERENCES",
                    Math.max(ours.size(), view.dossiers().size()), differences, null);
        }
        tx.executeWithoutResult(status -> jdbc.update("insert into reconciliation_report (id, tenant_id, ran_at, outcome,"
                + " compared, differences, detail) values (?, ?, ?, ?, ?, ?, ?)", report.id(), tenant, Timestamp.from(report.ranAt()),
                report.outcome(), report.compared(), json.writeValueAsString(report.differences()), report.detail()));
        return report;
    }

    boolean configured(String tenant) {
        return settings.statusUrl(tenant).isPresent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_FUNDER_STAFF_OR_INTEGRATION)
    public Optional<Report> latest() {
        return jdbc.query("select id, ran_at, outcome, compared, differences, detail from reconciliation_report"
                + " where tenant_id = ? order by ran_at desc limit 1", (rs, i) -> new Report(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
                        json.readValue(rs.getString(5), new TypeReference<List<Difference>>() {
                        }), rs.getString(6)), TenantContext.require()).stream().findFirst();
    }

    static List<Difference> compare(Map<String, String> ours, List<PortalClient.PortalDossier> theirs) {
        Map<String, String> portal = new HashMap<>();
        theirs.forEach(d -> portal.put(d.portalReference(), d.status()));
        List<Difference> differences = new ArrayList<>();
        ours.forEach((reference, status) -> {
            String seen = portal.get(reference);
            if (seen == null) {
                differences.add(new Difference(reference, "MISSING_AT_PORTAL", status, null));
            } else if (!seen.equals(status)) {
                differences.add(new Difference(reference, "STATUS_DIFFERS", status, seen));
            }
        });
        portal.keySet().stream().filter(reference -> !ours.containsKey(reference)).sorted()
                .forEach(reference -> differences.add(new Difference(reference, "UNKNOWN_HERE", null, portal.get(reference))));
        return differences;
    }
}
