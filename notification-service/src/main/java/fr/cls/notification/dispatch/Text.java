package fr.cls.notification.dispatch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A sentence to write in the reader's language: a key of the {@code i18n/notification} bundles and its arguments.
 * Arguments that read differently per language are typed: {@link LocalDate} (dd/MM/yyyy or ISO), {@link Money},
 * {@link Amounts}, {@link Label} (a status, outcome or purpose code) and {@link Title} (a contract's title);
 * anything else is written as is.
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args.stream().map(a -> a == null ? Absent.VALUE : a).toList());
    }

    public static Text of(String key, Object... args) {
        return new Text(key, java.util.Arrays.asList(args));
    }

    /** An amount in euros. */
    public record Money(BigDecimal amount) {
    }

    /** Amounts per year, in year order. */
    public record Amounts(Map<Integer, BigDecimal> byYear) {
    }

    /** A code (IN_FORCE, GRANTED, VALIDATE_CONTRACT…) read as {@code label.<code>}, or the code itself when unknown. */
    public record Label(String code) {
    }

    /** A contract's title, quoted; a neutral name when unknown. */
    public record Title(String title) {
    }

    /** A missing argument (List.of refuses nulls). */
    enum Absent {
        VALUE
    }
}
