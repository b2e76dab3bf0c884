package fr.cls.notification.setting;

import java.util.Locale;
import java.util.Optional;

/** The languages emails are written in. */
public enum Language {
    FR, EN;

    /** fr, en: as in URLs, tokens and the database. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A language tag or locale as tokens give it (fr, fr-FR, en_GB…); empty when absent or not one we write. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag().equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
