package fr.cls.gateway;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's own texts, French (the default, also for a language we do not write) or English by
 * {@code Accept-Language}, from {@code i18n/gateway*.properties}. The gateway is reactive and has no platform
 * module, hence this small bundle of its own instead of the services' MessageSource.
 */
public final class GatewayMessages {

    static final String BUNDLE = "i18n/gateway";
    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    // The base bundle is French: never fall back to the server's own language.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private GatewayMessages() {
    }

    /** fr or en: the first of the caller's languages (by preference) that we write, else French. */
    public static Locale locale(ServerWebExchange exchange) {
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(
                    String.join(",", exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT_LANGUAGE)))) {
                String language = range.getRange().split("-")[0];
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(language)) {
                        return supported;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed Accept-Language reads as none: the answer is in French, like for any unknown language.
            return Locale.FRENCH;
        }
        return Locale.FRENCH;
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " is missing from " + BUNDLE, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has this key (a status the gateway has no own words for keeps Spring's reason). */
    static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
    }
}
