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

    private final JdbcTemplate jdbc;
    private final TenantDirectory tenants;
    private final CoveredPopulation coveredPopulation;
    private final Clock clock;

    ContractDashboard(JdbcTemplate jdbc, TenantDirectory tenants, CoveredPopulation coveredPopulation, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.coveredPopulation = coveredPopulation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(int endingWithinMonths) {
        LocalDate today = LocalDate.now(clock);
        String tenant = TenantContext.require();
        List<Count> counts = jdbc.query("select kind, status, count(*) from contract c where " + DashboardLists.VISIBLE
                + " group by kind, status order by kind, status",
                (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)), tenant, tenant);
        List<Ending> ending = jdbc.query("select id, title, kind, end_date from contract c where " + DashboardLists.VISIBLE
                + DashboardLists.ENDING + " order by end_date",
                (rs, i) -> new Ending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)),
                tenant, tenant, today, today.plusMonths(endingWithinMonths));
        long covered = coveredPopulation.of(tenant);
        Long regionPopulation = tenants.find(tenant).filter(t -> t.kind() == TenantKind.ARS && t.inseeCode() != null)
                .map(t -> jdbc.queryForObject("select sum(population) from commune where region = ?", Long.class, t.inseeCode()))
                .orElse(null);
        Double coverage = regionPopulation == null || regionPopulation == 0 ? null
                : Math.round(covered * 10000.0 / regionPopulation) / 100.0;
        List<Overdue> overdue = DashboardLists.overdueReportYear(today, DashboardLists.reportDue(jdbc)).stream().boxed()
                .flatMap(year -> jdbc.query("select c.id, c.title from contract c where " + DashboardLists.REPORT_MISSING
                        + " order by c.title", (rs, i) -> new Overdue(rs.getObject(1, UUID.class), rs.getString(2), year),
                        tenant, year, year).stream())
                .toList();
        return new Overview(today, counts, ending, covered, regionPopulation, coverage, overdue);
    }

    /**
     * @param populationInForce INSEE population covered by the tenant's own contracts in force or in evaluation, each
     *        commune once ({@link CoveredPopulation})
     * @param regionPopulation INSEE population of the ARS's région (null for a département)
     * @param coverageRate populationInForce / regionPopulation, in percent
     * @param reportsOverdue contracts in force whose annual report of last year is not submitted after its due day
     *        (the owner's rule, 31 March by default)
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
