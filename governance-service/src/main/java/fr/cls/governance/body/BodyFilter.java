package fr.cls.governance.body;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cls.platform.listing.ListSort;
import fr.cls.platform.listing.TitleSearch;

/**
 * What a user narrows the list of bodies to; every criterion is optional and they add up. The SQL reads the body as
 * {@code b}.
 *
 * @param dormant true: active bodies that have not met for a year (or never, created over a year ago); false: the others
 * @param text words of the name, whatever the case and accents
 */
public record BodyFilter(UUID contractId, BodyKind kind, BodyStatus status, Boolean dormant, String text) {

    /** Fields the list sorts on, as {@code sort=field,asc|desc}. */
    public static final String SORT = "(name|kind|status|createdOn),(asc|desc)";
    private static final Map<String, String> SORT_COLUMNS = sortColumns();

    public static final BodyFilter NONE = new BodyFilter(null, null, null, null, null);

    /** The conditions, each starting with {@code and}, their arguments added to {@code args} in order. */
    String sql(List<Object> args, LocalDate today) {
        StringBuilder where = new StringBuilder();
        if (contractId != null) {
            where.append(" and b.contract_id = ?");
            args.add(contractId);
        }
        if (kind != null) {
            where.append(" and b.kind = ?");
            args.add(kind.name());
        }
        if (status != null) {
            where.append(" and b.status = ?");
            args.add(status.name());
        }
        if (dormant != null) {
            // As the dormant-bodies overview: an active body whose last held meeting (or creation) is over a year old.
            String dormancy = "(b.status = 'ACTIVE' and coalesce((select max(m.held_on) from meeting m where m.body_id = b.id"
                    + " and m.status = 'HELD'), b.created_on) < ?)";
            where.append(dormant ? " and " + dormancy : " and not " + dormancy);
            args.add(today.minusYears(1));
        }
        if (text != null && !text.isBlank()) {
            where.append(" and ").append(TitleSearch.condition("b.name"));
            args.add(TitleSearch.containing(text));
        }
        return where.toString();
    }

    /** The order of a validated {@code sort}; by kind then name by default (the order the list always had). */
    static String orderBy(String sort) {
        return ListSort.orderBy(sort, SORT_COLUMNS, "b.kind, b.name", "b.id");
    }

    private static Map<String, String> sortColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "b.name");
        columns.put("kind", "b.kind");
        columns.put("status", "b.status");
        columns.put("createdOn", "b.created_on");
        return Map.copyOf(columns);
    }
}
