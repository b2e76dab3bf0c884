package fr.cls.platform.web;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.RuleViolationException.Violation;

/**
 * The texts of problem answers, from the message bundles ({@code i18n/*.properties}: French, {@code _en}: English).
 * A key no bundle has yet (a rule added meanwhile) falls back to the English text given in code.
 */
public class ProblemMessages {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundled message, formatted with the arguments; {@code fallback} when no bundle has the key. */
    public String text(String key, String fallback, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, null, null, Languages.supported(locale));
        if (pattern == null) {
            return fallback;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(shown(arguments, locale));
    }

    /** Dates as the reader writes them; numbers as they are (MessageFormat would write a year 2 027). */
    private static Object[] shown(Object[] arguments, Locale locale) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            if (a == null) {
                shown[i] = "-";
            } else if (a instanceof LocalDate date) {
                shown[i] = Locale.FRENCH.equals(Languages.supported(locale)) ? FRENCH_DATE.format(date) : date.toString();
            } else if (a instanceof BigDecimal amount) {
                shown[i] = amount.toPlainString();
            } else {
                shown[i] = a.toString();
            }
        }
        return shown;
    }

    public String violation(Violation v, Locale locale) {
        if (v.french() != null) {
            return Locale.FRENCH.getLanguage().equals(Languages.supported(locale).getLanguage()) ? v.french() : v.message();
        }
        return text(v.messageKey(), v.message(), locale, v.arguments().toArray());
    }

    public String notFound(NotFoundException e, Locale locale) {
        String resource = text("resource." + e.resource().replace(' ', '-'), e.resource(), locale);
        return text("problem.not-found", e.getMessage(), locale, resource, String.valueOf(e.id()));
    }
}
