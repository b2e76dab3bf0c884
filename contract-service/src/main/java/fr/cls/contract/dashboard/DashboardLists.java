package fr.cls.contract.dashboard;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lists the dashboard shows and the CSV exports offer, as SQL over {@code contract c}: one definition, so that the
 * screen and the file never disagree.
 */
final class DashboardLists {

    /** The application's own tenant filter (row-level security applies the same rule again); two tenant arguments. */
    static final String VISIBLE = "(c.tenant_id = ? or exists (select 1 from contract_party p"
            + " where p.contract_id = c.id and p.tenant_id = ?))";

    /** Contracts in force ending between two dates (arguments: from, to); owner's and parties' alike. */
    static final String ENDING = " and c.status = 'IN_FORCE' and c.end_date between ? and ?";

    /**
     * The owner's contracts in force or in evaluation during a year whose annual report is not submitted (arguments:
     * tenant, year, year). Only the owner reports: a party is not asked for it.
     */
    static final String REPORT_MISSING = "c.tenant_id = ? and c.status in ('IN_FORCE', 'EVALUATION')"
            + " and extract(year from c.start_date) <= ?"
            + " and not exists (select 1 from annual_report r where r.contract_id = c.id and r.year = ?"
            + " and r.status = 'SUBMITTED')";

    /** The annual report of year Y is due by this day of Y+1 unless the owner tenant's rules say otherwise. */
    static final MonthDay DEFAULT_REPORT_DUE = MonthDay.of(3, 31);

    private DashboardLists() {
    }

    /** The year whose annual reports are overdue on {@code today}: last year's, once its deadline has passed. */
    static OptionalInt overdueReportYear(LocalDate today, MonthDay due) {
        return today.isAfter(due.atYear(today.getYear())) ? OptionalInt.of(today.getYear() - 1) : OptionalInt.empty();
    }

    /** The current tenant's deadline (table tenant_contract_rule; row-level security shows its own row only). */
    static MonthDay reportDue(JdbcTemplate jdbc) {
        return jdbc.query("select annual_report_due_month, annual_report_due_day from tenant_contract_rule"
                + " where annual_report_due_month is not null", (rs, i) -> MonthDay.of(rs.getInt(1), rs.getInt(2)))
                .stream().findFirst().orElse(DEFAULT_REPORT_DUE);
    }
}
