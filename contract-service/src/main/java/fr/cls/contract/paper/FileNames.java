package fr.cls.contract.paper;

import java.text.Normalizer;
import java.util.Locale;

/** File names a browser saves as they are: ASCII letters, digits and hyphens only, accents dropped. */
final class FileNames {

    private static final int MAXIMUM = 60;

    private FileNames() {
    }

    /** {@code "CLS de Briançon – Serre-Chevalier"} → {@code "cls-de-briancon-serre-chevalier"}. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAXIMUM) {
            slug = slug.substring(0, MAXIMUM).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "contrat" : slug;
    }
}
