package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, counts and dates as a finance officer reads them: "12 000,00 €" in fr-FR, "€12,000.00" in en-GB.
 * Written by hand on BigDecimal so that no amount ever goes through a double.
 */
public final class Formats {

    /** No-break space: an amount is never split across two lines. */
    static final char NBSP = '\u00a0';

    private static final DateTimeFormatter DATE_FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Formats() {
    }

    public static String eurosFr(BigDecimal amount) {
        return decimal(amount, NBSP, ',') + NBSP + "€";
    }

    public static String eurosEn(BigDecimal amount) {
        String digits = decimal(amount.abs(), ',', '.');
        return (amount.signum() < 0 ? "-€" : "€") + digits;
    }

    public static String countFr(long count) {
        return (count < 0 ? "-" : "") + grouped(Long.toString(Math.abs(count)), NBSP);
    }

    public static String countEn(long count) {
        return (count < 0 ? "-" : "") + grouped(Long.toString(Math.abs(count)), ',');
    }

    /** "1er janvier 2026": French writes the first day of a month as an ordinal. */
    public static String dateFr(LocalDate date) {
        String formatted = DATE_FR.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + formatted.substring(1) : formatted;
    }

    public static String dateEn(LocalDate date) {
        return DATE_EN.format(date);
    }

    private static String decimal(BigDecimal amount, char groupSeparator, char decimalSeparator) {
        String plain = amount.setScale(2, RoundingMode.HALF_EVEN).abs().toPlainString();
        int dot = plain.indexOf('.');
        String sign = amount.setScale(2, RoundingMode.HALF_EVEN).signum() < 0 ? "-" : "";
        return sign + grouped(plain.substring(0, dot), groupSeparator) + decimalSeparator + plain.substring(dot + 1);
    }

    private static String grouped(String digits, char separator) {
        StringBuilder out = new StringBuilder();
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
