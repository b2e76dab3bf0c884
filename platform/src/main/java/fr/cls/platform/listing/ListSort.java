package fr.cls.platform.listing;

import java.util.Locale;
import java.util.Map;

/**
 * A list's {@code sort=field,asc|desc} turned into SQL. Only whitelisted fields reach the query: each list maps the
 * names it offers onto its columns, and validates the parameter first (a {@code @Pattern} such as
 * {@code (title|endDate),(asc|desc)}) so that an unknown field answers 400 naming {@code sort}.
 */
public final class ListSort {

    private ListSort() {
    }

    /**
     * @param sort the validated parameter, or null for the list's default
     * @param columns field offered → SQL column
     * @param byDefault the order when none is asked, as SQL
     * @param tieBreak a unique column, last, so that pages do not overlap
     */
    public static String orderBy(String sort, Map<String, String> columns, String byDefault, String tieBreak) {
        if (sort == null || sort.isBlank()) {
            return " order by " + byDefault + ", " + tieBreak;
        }
        String[] parts = sort.split(",", 2);
        String column = columns.get(parts[0]);
        if (column == null || parts.length != 2) {
            throw new IllegalArgumentException("sort not validated against " + columns.keySet() + ": " + sort);
        }
        String direction = parts[1].toLowerCase(Locale.ROOT).equals("desc") ? "desc" : "asc";
        return " order by " + column + " " + direction + " nulls last, " + tieBreak;
    }
}
