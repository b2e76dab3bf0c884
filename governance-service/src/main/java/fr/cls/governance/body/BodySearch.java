package fr.cls.governance.body;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.cls.platform.listing.IdPage;
import fr.cls.platform.csv.CsvExport;

/** The filtered, sorted page of bodies in SQL, then the page's bodies loaded as aggregates in that order. */
@Component
class BodySearch {

    /** Column offered to users → SQL expression; nothing else reaches the query. */
    static final Map<String, String> COLUMNS = columns();
    private static final List<String> DEFAULT_COLUMNS = List.of("id", "contractId", "kind", "name", "status", "createdOn");

    private final JdbcTemplate jdbc;
    private final BodyRepository repository;

    BodySearch(JdbcTemplate jdbc, BodyRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** @param reach the bodies the caller may see, as SQL on {@code b}, with its arguments */
    Page<Body> page(String reach, List<Object> reachArgs, BodyFilter filter, LocalDate today, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String from = "from governance_body b where " + reach + filter.sql(args, today);
        Page<Body> found = IdPage.of(jdbc, "b.id", from, args, BodyFilter.orderBy(sort), page, size,
                repository::findAllById, b -> b.id().value());
        found.forEach(Body::members);
        return found;
    }

    /** The same bodies as CSV, in the list's order, with the columns chosen (or the default ones). */
    void csv(String reach, List<Object> reachArgs, BodyFilter filter, LocalDate today, String sort, List<String> columns,
            Writer out) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from governance_body b where " + reach + filter.sql(args, today);
        CsvExport.write(jdbc, columns, DEFAULT_COLUMNS, COLUMNS, where + BodyFilter.orderBy(sort), args, out);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "b.id");
        columns.put("contractId", "b.contract_id");
        columns.put("kind", "b.kind");
        columns.put("name", "b.name");
        columns.put("status", "b.status");
        columns.put("createdOn", "b.created_on");
        columns.put("closedOn", "b.closed_on");
        columns.put("quorumPercent", "b.quorum_percent");
        columns.put("activeMembers", "(select count(*) from body_member bm where bm.body_id = b.id and bm.status = 'ACTIVE')");
        return Collections.unmodifiableMap(columns);
    }
}
