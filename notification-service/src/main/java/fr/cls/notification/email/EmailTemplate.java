package fr.cls.notification.email;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import fr.cls.notification.setting.Language;

/** The emails the platform writes, each a template (subject, text, HTML) per language that a tenant may override. */
public enum EmailTemplate {

    /** Every notification: greeting, what happened (title and body), the tenant's signature. */
    NOTIFICATION("notification");

    /** What a template may show; the lists are for line breaks in HTML ({@code {{#bodyLines}}…{{/bodyLines}}}). */
    public static final Set<String> VARIABLES = Set.copyOf(new TreeSet<>(List.of("recipientName", "title", "body",
            "bodyLines", "tenantName", "signature", "signatureLines")));

    private final String templateName;

    EmailTemplate(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }

    public static Optional<EmailTemplate> named(String name) {
        for (EmailTemplate t : values()) {
            if (t.templateName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** What a preview shows: made-up values, in the template's language. */
    static Map<String, String> sample(Language language) {
        return language == Language.EN
                ? Map.of("recipientName", "Jane Doe", "title", "Convocation: COPIL of the CLS of Example on 15/12/2026",
                        "body", "You are convened to the meeting of the COPIL of the CLS of Example.\nPlace: town hall")
                : Map.of("recipientName", "Camille Martin", "title", "Convocation : COPIL du CLS d'Exemple le 15/12/2026",
                        "body", "Vous êtes convoqué(e) à la réunion du COPIL du CLS d'Exemple.\nLieu : hôtel de ville");
    }
}
