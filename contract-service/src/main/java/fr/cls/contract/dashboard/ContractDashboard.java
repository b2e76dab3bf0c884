package fr.cls.contract.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;
import fr.cls.tenancy.TenantDirectory;
import fr.cls.tenancy.TenantKind;

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
    private final TenantDirectory tenants;
    private final Clock clock;

    ContractDashboard(JdbcTemplate jdbc, TenantDirectory tenants, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
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
        Long regionPopulation = tenants.find(tenant).filter(t -> t.kind() == TenantKind.ARS && t.inseeCode() != null)
                .map(t -> jdbc.queryForObject("select sum(population) from commune where region = ?", Long.class, t.inseeCode()))
                .orElse(null);
        Double coverage = regionPopulation == null || regionPopulation == 0 ? null
                : Math.round(covered * 10000.0 / regionPopulation) / 100.0;
        // The annual report of year Y is due by 31 March of Y+1 for a contract in force during Y.
        int lastYear = today.getYear() - 1;
        List<Overdue> overdue = today.isAfter(LocalDate.of(today.getYear(), 3, 31))
                ? jdbc.query("select c.id, c.title from contract c where c.tenant_id = ?"
                        + " and c.status in ('IN_FORCE', 'EVALUATION') and extract(year from c.start_date) <= ?"
                        + " and not exists (select 1 from annual_report r where r.contract_id = c.id and r.year = ?"
                        + " and r.status = 'SUBMITTED') order by c.title",
                        (rs, i) -> new Overdue(rs.getObject(1, UUID.class), rs.getString(2), lastYear), tenant, lastYear, lastYear)
                : List.of();
        return new Overview(today, counts, ending, covered, regionPopulation, coverage, overdue);
    }

    /** @param populationInForce INSEE population covered by the tenant's own contracts in force or in evaluation */
    /**
     * @param regionPopulation INSEE population of the ARS's région (null for a département)
     * @param coverageRate populationInForce / regionPopulation, in percent
     * @param reportsOverdue contracts in force whose annual report of last year is not submitted after 31 March
     */
    public record Overview(LocalDate asOf, List<Count> contractsByKindAndStatus, List<Ending> endingSoon,
            long populationInForce, Long regionPopulation, Double coverageRate, List<Overdue> reportsOverdue) {
    }

    public record Overdue(UUID id, String title, int year) {
    }

    public record Count(String kind, String status, long contracts) {
    }

    public record Ending(UUID id, String title, String kind, LocalDate endDate) {
    }
}
