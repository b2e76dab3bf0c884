package fr.cls.contract.territory;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people type them: no accents, no case, hyphens and apostrophes as spaces. */
final class Names {

    private Names() {
    }

    static String searchable(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[-'’]", " ").replaceAll("\\s+", " ").strip();
    }
}
