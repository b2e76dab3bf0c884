package fr.cls.contract.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;

/**
 * Figures over the contracts the current tenant owns or takes part in. Plain SQL over contract-service's own
 * tables, inside a transaction so that row-level security scopes every query to the tenant.
 */
@Service
public class ContractDashboard {

    /** The application's own tenant filter (row-level security applies the same rule again). */
    static final String VISIBLE = "(c.tenant_id = ? or exists (select 1 from contract_party p"
            + " where p.contract_id = c.id and p.tenant_id = ?))";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContractDashboard(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(int endingWithinMonths) {
        LocalDate today = LocalDate.now(clock);
        String tenant = TenantContext.require();
        List<Count> counts = jdbc.query("select kind, status, count(*) from contract c where " + VISIBLE
                + " group by kind, status order by kind, status",
                (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)), tenant, tenant);
        List<Ending> ending = jdbc.query("select id, title, kind, end_date from contract c where " + VISIBLE
                + " and status = 'IN_FORCE' and end_date between ? and ? order by end_date",
                (rs, i) -> new Ending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)),
                tenant, tenant, today, today.plusMonths(endingWithinMonths));
        Long covered = jdbc.queryForObject("select coalesce(sum(territory_population), 0) from contract c"
                + " where c.tenant_id = ? and status in ('IN_FORCE', 'EVALUATION')", Long.class, tenant);
        return new Overview(today, counts, ending, covered);
    }

    /** @param populationInForce INSEE population covered by the tenant's own contracts in force or in evaluation */
    public record Overview(LocalDate asOf, List<Count> contractsByKindAndStatus, List<Ending> endingSoon,
            long populationInForce) {
    }

    public record Count(String kind, String status, long contracts) {
    }

    public record Ending(UUID id, String title, String kind, LocalDate endDate) {
    }
}
