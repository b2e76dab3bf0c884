package fr.cls.platform.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * French formats of the documents, given to every template as {@code fmt}: {@code ${fmt.money(amount)}} gives
 * "25 000,00 €", {@code ${fmt.date(day)}} "12 mars 2027", {@code ${fmt.time(t)}} "14 h 30". The grouping space and the
 * one before "€" are no-break spaces (U+00A0) so an amount never breaks across lines.
 */
public final class DocumentFormat {

    public static final DocumentFormat FRENCH = new DocumentFormat();

    static final char NBSP = '\u00A0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRANCE);

    private DocumentFormat() {
    }

    /** "25 000,00 €"; empty for no amount. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return number(amount.setScale(2, RoundingMode.HALF_EVEN), "#,##0.00") + NBSP + "€";
    }

    /** "1 250" or "0,5" (FTE, counts): as many decimals as the value has, French separators. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        return number(plain.setScale(scale, RoundingMode.UNNECESSARY), scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale));
    }

    /** "12 mars 2027"; empty for no date. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** "14 h 30"; empty for no time. */
    public String time(TemporalAccessor time) {
        return time == null ? "" : TIME.format(time instanceof LocalTime t ? t : LocalTime.from(time));
    }

    private static String number(BigDecimal value, String pattern) {
        // Built per call: DecimalFormat is not thread-safe.
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
