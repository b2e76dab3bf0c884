package fr.cls.contract.contract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cls.platform.listing.ListSort;
import fr.cls.platform.listing.TitleSearch;

/**
 * What a user narrows the list (and the CSV export) of contracts to; every criterion is optional and they add up.
 * The SQL reads the contract as {@code c}.
 *
 * @param commune INSEE code of a commune the territory contains, named or as a member of a named EPCI
 * @param epci SIREN of an EPCI the territory names
 * @param coordinator the subject of the coordinator's account
 * @param year a year the contract is in force during (from its start date to its end date)
 * @param text words of the title, whatever the case and accents
 * @param endingBefore contracts ending strictly before this day
 */
public record ContractFilter(ContractStatus status, ContractKind kind, String commune, String epci, String coordinator,
        Integer year, String text, LocalDate endingBefore) {

    /** Fields a list sorts on, as {@code sort=field,asc|desc}. */
    public static final String SORT = "(createdAt|title|kind|status|startDate|endDate),(asc|desc)";
    static final Map<String, String> SORT_COLUMNS = sortColumns();

    public static final ContractFilter NONE = new ContractFilter(null, null, null, null, null, null, null, null);

    /** The conditions, each starting with {@code and}, their arguments added to {@code args} in order. */
    public String sql(List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and c.status = ?");
            args.add(status.name());
        }
        if (kind != null) {
            where.append(" and c.kind = ?");
            args.add(kind.name());
        }
        if (commune != null) {
            // The territory is JSON of member codes; an EPCI's communes come from the official tables. The EPCI are
            // looked up once (an array, not a subquery per row) so that both tests use the GIN index of V32.
            where.append(" and (c.territory::jsonb @> jsonb_build_object('communes', jsonb_build_array(?::text))"
                    + " or c.territory::jsonb @> any (array(select jsonb_build_object('epci', jsonb_build_array(m.epci_code))"
                    + " from epci_member m where m.commune_code = ?)))");
            args.add(commune);
            args.add(commune);
        }
        if (epci != null) {
            where.append(" and c.territory::jsonb @> jsonb_build_object('epci', jsonb_build_array(?::text))");
            args.add(epci);
        }
        if (coordinator != null) {
            where.append(" and c.coordinator = ?");
            args.add(coordinator.strip());
        }
        if (year != null) {
            where.append(" and c.start_date <= ? and (c.end_date is null or c.end_date >= ?)");
            args.add(LocalDate.of(year, 12, 31));
            args.add(LocalDate.of(year, 1, 1));
        }
        if (text != null && !text.isBlank()) {
            where.append(" and ").append(TitleSearch.condition("c.title"));
            args.add(TitleSearch.containing(text));
        }
        if (endingBefore != null) {
            where.append(" and c.end_date < ?");
            args.add(endingBefore);
        }
        return where.toString();
    }

    /** The order of a validated {@code sort}; newest first by default. */
    public static String orderBy(String sort) {
        return ListSort.orderBy(sort, SORT_COLUMNS, "c.created_at desc", "c.id");
    }

    private static Map<String, String> sortColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("createdAt", "c.created_at");
        columns.put("title", "c.title");
        columns.put("kind", "c.kind");
        columns.put("status", "c.status");
        columns.put("startDate", "c.start_date");
        columns.put("endDate", "c.end_date");
        return Map.copyOf(columns);
    }
}
