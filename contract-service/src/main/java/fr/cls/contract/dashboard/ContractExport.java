package fr.cls.contract.dashboard;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.contract.contract.ContractFilter;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.csv.CsvExport;
import fr.cls.platform.csv.CsvFormat;

/**
 * The tenant's lists of contracts as CSV (RFC 4180), with the columns and filters the user chose: all its contracts,
 * those ending soon, and those whose annual report is overdue (the dashboard's lists, same rules). Written by the
 * platform's {@link CsvFormat}: a title typed as {@code =HYPERLINK(…)} is not run by a spreadsheet.
 */
@Service
public class ContractExport {

    /** Column name offered to users → SQL expression; nothing else reaches the query. */
    static final Map<String, String> COLUMNS = columns();
    public static final Set<String> COLUMN_NAMES = COLUMNS.keySet();
    /** The overdue list also names the year whose report is missing. */
    public static final String REPORT_YEAR = "reportYear";
    public static final Set<String> OVERDUE_COLUMN_NAMES = overdueColumnNames();

    private static final List<String> DEFAULT = List.of("id", "title", "kind", "status", "startDate", "endDate");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContractExport(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The contracts the tenant sees, narrowed as the list of contracts is, in the order of a validated sort. */
    @Transactional(readOnly = true)
    public void write(List<String> columns, ContractFilter filter, String sort, Writer out) {
        List<String> chosen = chosen(columns, DEFAULT, COLUMN_NAMES);
        String tenant = TenantContext.require();
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String where = DashboardLists.VISIBLE + filter.sql(args);
        // Without a sort, the order the export always had (by creation).
        String order = sort == null ? " order by c.created_at" : ContractFilter.orderBy(sort);
        csv(chosen, COLUMNS, where + order, args, out);
    }

    /** The contracts in force (owned or taken part in) ending within the months given, soonest first. */
    @Transactional(readOnly = true)
    public void writeEndingSoon(List<String> columns, int withinMonths, Writer out) {
        List<String> chosen = chosen(columns, List.of("id", "title", "kind", "endDate"), COLUMN_NAMES);
        String tenant = TenantContext.require();
        LocalDate today = LocalDate.now(clock);
        csv(chosen, COLUMNS, DashboardLists.VISIBLE + DashboardLists.ENDING + " order by c.end_date, c.title",
                List.of(tenant, tenant, today, today.plusMonths(withinMonths)), out);
    }

    /** The owner's contracts whose annual report of last year is overdue; only the header before the deadline. */
    @Transactional(readOnly = true)
    public void writeReportsOverdue(List<String> columns, Writer out) {
        List<String> chosen = chosen(columns, List.of("id", "title", REPORT_YEAR), OVERDUE_COLUMN_NAMES);
        OptionalInt year = DashboardLists.overdueReportYear(LocalDate.now(clock), DashboardLists.reportDue(jdbc));
        Map<String, String> expressions = new LinkedHashMap<>(COLUMNS);
        // An int computed here, not user input: safe to write into the query.
        expressions.put(REPORT_YEAR, Integer.toString(year.orElse(0)));
        String tenant = TenantContext.require();
        String where = year.isPresent() ? DashboardLists.REPORT_MISSING : "false";
        List<Object> args = year.isPresent() ? List.of(tenant, year.getAsInt(), year.getAsInt()) : List.of();
        csv(chosen, expressions, where + " order by c.title", args, out);
    }

    private static List<String> chosen(List<String> columns, List<String> byDefault, Set<String> offered) {
        CsvExport.requireKnown(columns, offered);
        return columns == null || columns.isEmpty() ? byDefault : columns;
    }

    private void csv(List<String> chosen, Map<String, String> expressions, String whereAndOrder, List<Object> args, Writer out) {
        CsvExport.write(jdbc, chosen, chosen, expressions, " from contract c where " + whereAndOrder, args, out);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "c.id");
        columns.put("ownerTenantId", "c.tenant_id");
        columns.put("title", "c.title");
        columns.put("kind", "c.kind");
        columns.put("status", "c.status");
        columns.put("letterOfIntentReceivedOn", "c.letter_of_intent_received_on");
        columns.put("startDate", "c.start_date");
        columns.put("endDate", "c.end_date");
        columns.put("territoryPopulation", "c.territory_population");
        columns.put("generation", "c.generation");
        return Collections.unmodifiableMap(columns);
    }

    private static Set<String> overdueColumnNames() {
        Set<String> names = new java.util.LinkedHashSet<>(COLUMNS.keySet());
        names.add(REPORT_YEAR);
        return Collections.unmodifiableSet(names);
    }
}
