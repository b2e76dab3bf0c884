package fr.cls.notification.dispatch;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.cls.notification.inbox.Written;
import fr.cls.notification.setting.Language;

/**
 * Writes a {@link Message} in French or English from the {@code notification.*} and {@code label.*} entries of the
 * bundles. Arguments are formatted here, then handed to MessageFormat as text, so a year stays 2026 (not 2 026).
 */
@Component
public class Writer {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    Writer(MessageSource messages) {
        this.messages = messages;
    }

    public Written write(Message message, Language language) {
        Locale locale = locale(language);
        String body = message.body().stream().map(line -> text(line, locale)).collect(Collectors.joining("\n"));
        return new Written(text(message.title(), locale), body);
    }

    String text(Text text, Locale locale) {
        Object[] args = text.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(text.key(), args, locale);
    }

    private String argument(Object value, Locale locale) {
        if (value == Text.Absent.VALUE) {
            return "";
        } else if (value instanceof LocalDate d) {
            return locale == Locale.ENGLISH ? d.toString() : FRENCH_DATE.format(d);
        } else if (value instanceof Text.Money m) {
            return m.amount() == null ? message("notification.value.no-amount", locale) : euros(m.amount(), locale);
        } else if (value instanceof Text.Amounts a) {
            return amounts(a.byYear(), locale);
        } else if (value instanceof Text.Label l) {
            return l.code() == null ? "" : messages.getMessage("label." + l.code(), null, l.code(), locale);
        } else if (value instanceof Text.Title t) {
            return t.title() == null || t.title().isBlank() ? message("notification.value.no-title", locale)
                    : messages.getMessage("notification.value.title", new Object[] { t.title() }, locale);
        } else if (value instanceof Text nested) {
            return text(nested, locale);
        }
        return String.valueOf(value);
    }

    private String amounts(Map<Integer, BigDecimal> byYear, Locale locale) {
        if (byYear == null || byYear.isEmpty()) {
            return message("notification.value.no-amounts", locale);
        }
        return byYear.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(a -> messages.getMessage("notification.value.year-amount",
                        new Object[] { String.valueOf(a.getKey()), euros(a.getValue(), locale) }, locale))
                .collect(Collectors.joining(", "));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** 12 000,00 € in French, €12,000.00 in English. */
    static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale == Locale.ENGLISH ? Locale.UK : Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    static Locale locale(Language language) {
        return language == Language.EN ? Locale.ENGLISH : Locale.FRENCH;
    }
}
