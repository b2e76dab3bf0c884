package fr.cls.benchmarks;

import java.util.List;
import java.util.Locale;

/** The table as Markdown, and the number formats it uses (dot decimals, whatever the machine's locale). */
final class SummaryTable {

    private SummaryTable() {
    }

    static String markdown(String title, List<String> context, List<Row> rows) {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        context.forEach(line -> out.append(line).append("  \n"));
        if (!context.isEmpty()) {
            out.append('\n');
        }
        out.append("| Figure | Measured | Goal | |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.figure())).append(" | ").append(cell(row.measured())).append(" | ")
                    .append(cell(row.goal())).append(" | ").append(row.verdict()).append(" |\n");
        }
        return out.toString();
    }

    /** {@code part / whole}; NaN when the whole is zero (a step that measured nothing). */
    static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    static String times(double ratio) {
        return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String perSecond(double value) {
        return String.format(Locale.ROOT, "%,.0f/s", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
