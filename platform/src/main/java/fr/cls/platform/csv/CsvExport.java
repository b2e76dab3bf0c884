package fr.cls.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.platform.domain.InvalidFieldException;

/**
 * The CSV exports of the services' lists (RFC 4180, by {@link CsvFormat}): the columns a user chose among those
 * offered, read by the list's own query, so the export has the list's filters, reach and order.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Refuses unknown columns naming them; called before the first byte so the refusal is still a clean problem. */
    public static void requireKnown(List<String> columns, Set<String> offered) {
        List<String> unknown = columns == null ? List.of() : columns.stream().filter(c -> !offered.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("columns", "known-columns", "unknown columns " + unknown + "; choose among " + offered,
                    unknown, offered);
        }
    }

    /**
     * @param expressions column offered → SQL expression; only these reach the query
     * @param fromWhereOrder the list's {@code from … where … order by …}
     */
    public static void write(JdbcTemplate jdbc, List<String> columns, List<String> byDefault, Map<String, String> expressions,
            String fromWhereOrder, List<Object> args, Writer out) {
        requireKnown(columns, expressions.keySet());
        List<String> chosen = columns == null || columns.isEmpty() ? byDefault : columns;
        String sql = "select " + String.join(", ", chosen.stream().map(expressions::get).toList()) + fromWhereOrder;
        try {
            out.write(CsvFormat.COMMA.line(chosen));
            jdbc.query(sql, rs -> {
                List<Object> cells = new ArrayList<>();
                for (int i = 1; i <= chosen.size(); i++) {
                    cells.add(rs.getObject(i));
                }
                try {
                    out.write(CsvFormat.COMMA.line(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args.toArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
