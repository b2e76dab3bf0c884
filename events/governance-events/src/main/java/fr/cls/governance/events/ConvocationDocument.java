package fr.cls.governance.events;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The convocation paper of a meeting, made from the event's data only, so that the PDF governance-service serves
 * for download and the one notification-service attaches to the convocation email are the same for the same data:
 * both render the template {@code documents/convocation.html} (in this jar) with this model.
 */
public final class ConvocationDocument {

    public static final String TEMPLATE = "convocation";

    private static final Map<String, String> BODIES = Map.of(
            "COPIL", "Comité de pilotage (COPIL)",
            "COTECH", "Comité technique (COTECH)",
            "PROJECT_GROUP", "Groupe projet",
            "CROSS_CONTRACT", "Groupe inter-contrats");
    private static final Map<String, String> PURPOSES = Map.of(
            "VALIDATE_CONTRACT", "Validation du contrat",
            "VALIDATE_PROGRAMMING", "Validation de la programmation",
            "ADOPT_EVALUATION", "Adoption de l’évaluation",
            "ADOPT_ANNUAL_REPORT", "Adoption du rapport annuel",
            "EXAMINE_DIFFICULTY", "Examen d’une difficulté",
            "APPROVE_MINUTES", "Approbation du procès-verbal",
            "OTHER", "Point divers");

    private ConvocationDocument() {
    }

    public static String title(MeetingConvenedV1 convened) {
        return "Convocation — " + convened.bodyName();
    }

    /** The paper's date: the day the convocation went out. */
    public static LocalDate date(MeetingConvenedV1 convened) {
        return convened.convenedOn();
    }

    /** {@code convocation-<body>-<date>.pdf}, the body's name in plain lower-case ASCII. */
    public static String fileName(MeetingConvenedV1 convened) {
        return "convocation-" + slug(convened.bodyName()) + "-" + convened.scheduledOn() + ".pdf";
    }

    public static Map<String, Object> model(MeetingConvenedV1 convened) {
        Map<String, Object> model = new HashMap<>();
        model.put("bodyName", convened.bodyName());
        model.put("bodyKind", BODIES.getOrDefault(convened.bodyKind(), convened.bodyKind()));
        model.put("scheduledOn", convened.scheduledOn());
        model.put("place", convened.place());
        model.put("convenedOn", convened.convenedOn());
        model.put("late", Boolean.TRUE.equals(convened.late()));
        model.put("invitees", convened.invitees() == null ? java.util.List.of() : convened.invitees());
        model.put("agenda", convened.agenda());
        model.put("purposes", PURPOSES);
        return model;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "instance" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
