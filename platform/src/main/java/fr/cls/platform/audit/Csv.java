package fr.cls.platform.audit;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines: fields separated by commas, quoted when they hold a comma, a quote or a line break, CRLF ends. */
final class Csv {

    private Csv() {
    }

    static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
