package fr.cls.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The languages answers are written in: French (the default, also for a language we do not write) and English,
 * chosen by {@code Accept-Language} (fr, fr-FR, en, en-GB…).
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    public static final Locale DEFAULT = Locale.FRENCH;

    private Languages() {
    }

    /** The resolver the DispatcherServlet uses; filters, which run before it, call {@link #of} instead. */
    public static AcceptHeaderLocaleResolver resolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(DEFAULT);
        return resolver;
    }

    public static Locale of(HttpServletRequest request) {
        return supported(resolver().resolveLocale(request));
    }

    /** fr or en: a regional variant answers in its language, any other language in French. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DEFAULT);
    }
}
