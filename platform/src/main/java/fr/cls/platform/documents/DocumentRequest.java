package fr.cls.platform.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to render.
 *
 * @param tenantId whose letterhead and wording (override directory) apply
 * @param template the template's name, {@code documents/<template>.html} on the classpath
 * @param title the PDF's title (metadata), also given to the template as {@code title}
 * @param date the document's own date (a meeting's, a decision's): the PDF's creation and modification dates, so
 *     that two renders of the same data are identical
 * @param model the template's variables; {@code fmt} ({@link DocumentFormat}), {@code title} and {@code date} are
 *     added
 */
public record DocumentRequest(String tenantId, String template, String title, LocalDate date, Map<String, ?> model) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public DocumentRequest {
        // Both name files of the override directory: nothing else than plain names may reach a path.
        requireName(tenantId, "tenantId");
        requireName(template, "template");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        model = model == null ? Map.of() : model;
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a plain lower-case name: " + value);
        }
    }
}
