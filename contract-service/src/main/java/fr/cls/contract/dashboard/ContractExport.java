package fr.cls.contract.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.web.RuleViolationException;

/** The tenant's list of contracts as CSV (RFC 4180), with the columns and filters the user chose. */
@Service
public class ContractExport {

    /** Column name offered to users → SQL expression; nothing else reaches the query. */
    static final Map<String, String> COLUMNS = columns();
    public static final java.util.Set<String> COLUMN_NAMES = COLUMNS.keySet();

    private final JdbcTemplate jdbc;

    ContractExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void write(List<String> columns, String status, String kind, Writer out) {
        List<String> chosen = columns == null || columns.isEmpty() ? List.of("id", "title", "kind", "status", "startDate", "endDate") : columns;
        List<String> unknown = chosen.stream().filter(c -> !COLUMNS.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("known-columns", "unknown columns " + unknown + "; choose among " + COLUMNS.keySet());
        }
        String tenant = TenantContext.require();
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        StringBuilder sql = new StringBuilder("select ")
                .append(String.join(", ", chosen.stream().map(COLUMNS::get).toList()))
                .append(" from contract c where ").append(ContractDashboard.VISIBLE);
        if (status != null) {
            sql.append(" and c.status = ?");
            args.add(status);
        }
        if (kind != null) {
            sql.append(" and c.kind = ?");
            args.add(kind);
        }
        sql.append(" order by c.created_at");
        try {
            out.write(String.join(",", chosen) + "\r\n");
            jdbc.query(sql.toString(), rs -> {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= chosen.size(); i++) {
                    Object value = rs.getObject(i);
                    cells.add(quote(value == null ? "" : value.toString()));
                }
                try {
                    out.write(String.join(",", cells) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, args.toArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
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
        return java.util.Collections.unmodifiableMap(columns);
    }
}
