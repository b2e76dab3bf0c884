package fr.cls.platform.csv;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 lines (CRLF; a field quoted when it holds the separator, a quote or a line break) with a chosen separator,
 * and no cell a spreadsheet would run as a formula: text starting with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe (OWASP, CSV injection). Numbers are written as they are, and so is text that is only a
 * decimal number ({@code -12}, {@code -12,50}: a spreadsheet reads it as a number, never as a formula), so that
 * negative amounts stay numbers.
 *
 * @param separator {@code ,} (RFC 4180) or {@code ;} (what a French spreadsheet opens as is)
 */
public record CsvFormat(char separator) {

    public static final CsvFormat COMMA = new CsvFormat(',');
    public static final CsvFormat SEMICOLON = new CsvFormat(';');

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    public String line(List<?> fields) {
        return fields.stream().map(this::field).collect(Collectors.joining(String.valueOf(separator), "", "\r\n"));
    }

    public String line(Object... fields) {
        return line(Arrays.asList(fields));
    }

    public String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
