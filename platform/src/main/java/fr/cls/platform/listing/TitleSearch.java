package fr.cls.platform.listing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text search on titles, case- and accent-insensitive, without a database extension: the column is folded in SQL
 * by {@link #folded} (lower case, French accents and ligatures removed) and the words typed are folded the same way
 * in Java by {@link #containing}.
 */
public final class TitleSearch {

    /** Upper case too: lower() leaves them under a C locale. */
    private static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ";
    private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuy";

    private TitleSearch() {
    }

    /** The SQL expression of a column as {@link #containing} compares it (immutable: it can be indexed). */
    public static String folded(String column) {
        return "translate(replace(replace(replace(replace(lower(" + column + "), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), '" + ACCENTED + "', '" + PLAIN + "')";
    }

    /** The LIKE pattern (escape character {@code \}) of a title containing the text typed. */
    public static String containing(String typed) {
        String folded = Normalizer.normalize(typed.strip().toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The condition on a column, with one argument: {@link #containing} the text typed. */
    public static String condition(String column) {
        return folded(column) + " like ? escape '\\'";
    }
}
