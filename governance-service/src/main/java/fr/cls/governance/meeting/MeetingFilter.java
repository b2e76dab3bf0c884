package fr.cls.governance.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.cls.platform.listing.ListSort;
import fr.cls.platform.listing.TitleSearch;

/**
 * What a user narrows the list of meetings to; every criterion is optional and they add up. The SQL reads the meeting
 * as {@code m} and its body as {@code b}.
 *
 * @param from meetings scheduled on or after this day
 * @param to meetings scheduled on or before this day
 * @param year meetings scheduled during this year
 * @param text words of the place or of an agenda item's title, whatever the case and accents
 */
public record MeetingFilter(UUID bodyId, UUID contractId, MeetingStatus status, LocalDate from, LocalDate to, Integer year,
        String text) {

    /** Fields the list sorts on, as {@code sort=field,asc|desc}. */
    public static final String SORT = "(scheduledOn|status|place),(asc|desc)";
    private static final Map<String, String> SORT_COLUMNS = sortColumns();

    /** The conditions, each starting with {@code and}, their arguments added to {@code args} in order. */
    String sql(List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (bodyId != null) {
            where.append(" and m.body_id = ?");
            args.add(bodyId);
        }
        if (contractId != null) {
            where.append(" and b.contract_id = ?");
            args.add(contractId);
        }
        if (status != null) {
            where.append(" and m.status = ?");
            args.add(status.name());
        }
        if (from != null) {
            where.append(" and m.scheduled_on >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" and m.scheduled_on <= ?");
            args.add(to);
        }
        if (year != null) {
            where.append(" and m.scheduled_on between ? and ?");
            args.add(LocalDate.of(year, 1, 1));
            args.add(LocalDate.of(year, 12, 31));
        }
        if (text != null && !text.isBlank()) {
            String pattern = TitleSearch.containing(text);
            where.append(" and (").append(TitleSearch.condition("m.place"))
                    .append(" or exists (select 1 from agenda_item a where a.meeting_id = m.id and ")
                    .append(TitleSearch.condition("a.title")).append("))");
            args.add(pattern);
            args.add(pattern);
        }
        return where.toString();
    }

    /** The order of a validated {@code sort}; soonest first by default. */
    static String orderBy(String sort) {
        return ListSort.orderBy(sort, SORT_COLUMNS, "m.scheduled_on", "m.id");
    }

    private static Map<String, String> sortColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("scheduledOn", "m.scheduled_on");
        columns.put("status", "m.status");
        columns.put("place", "m.place");
        return Map.copyOf(columns);
    }
}
