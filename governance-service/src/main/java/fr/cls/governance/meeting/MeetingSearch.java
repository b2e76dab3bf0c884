package fr.cls.governance.meeting;

import java.io.Writer;
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

/** The filtered, sorted page of meetings in SQL, then the page's meetings loaded in that order. */
@Component
class MeetingSearch {

    /** Column offered to users → SQL expression; nothing else reaches the query. */
    static final Map<String, String> COLUMNS = columns();
    private static final List<String> DEFAULT_COLUMNS = List.of("id", "bodyName", "contractId", "scheduledOn", "place", "status");

    private final JdbcTemplate jdbc;
    private final MeetingRepository repository;

    MeetingSearch(JdbcTemplate jdbc, MeetingRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** @param reach the bodies the caller may see, as SQL on {@code b}, with its arguments */
    Page<Meeting> page(String reach, List<Object> reachArgs, MeetingFilter filter, String sort, int page, int size) {
        List<Object> args = new ArrayList<>(reachArgs);
        String from = "from meeting m join governance_body b on b.id = m.body_id where " + reach + filter.sql(args);
        return IdPage.of(jdbc, "m.id", from, args, MeetingFilter.orderBy(sort), page, size, repository::findAllById,
                Meeting::id);
    }

    /** The same meetings as CSV, in the list's order, with the columns chosen (or the default ones). */
    void csv(String reach, List<Object> reachArgs, MeetingFilter filter, String sort, List<String> columns, Writer out) {
        List<Object> args = new ArrayList<>(reachArgs);
        String where = " from meeting m join governance_body b on b.id = m.body_id where " + reach + filter.sql(args);
        CsvExport.write(jdbc, columns, DEFAULT_COLUMNS, COLUMNS, where + MeetingFilter.orderBy(sort), args, out);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "m.id");
        columns.put("bodyId", "m.body_id");
        columns.put("bodyKind", "b.kind");
        columns.put("bodyName", "b.name");
        columns.put("contractId", "b.contract_id");
        columns.put("scheduledOn", "m.scheduled_on");
        columns.put("place", "m.place");
        columns.put("status", "m.status");
        columns.put("convenedOn", "m.convened_on");
        columns.put("heldOn", "m.held_on");
        columns.put("quorumReached", "m.quorum_reached");
        columns.put("minutesStatus", "m.minutes_status");
        columns.put("agendaItems", "(select count(*) from agenda_item a where a.meeting_id = m.id)");
        return Collections.unmodifiableMap(columns);
    }
}
