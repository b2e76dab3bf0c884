package fr.cls.console.contracts;

import java.util.List;
import java.util.Map;

/**
 * The lifecycle actions the console offers for a status, each a POST of the contracts API. Whether the person may
 * take one is the API's decision: a refusal comes back as its problem (rule violations in French) next to the form.
 */
public final class NextActions {

    /** {@code path} under {@code /api/v1/contracts/{id}/}; {@code reasoned} actions ask for a reason. */
    public record Action(String path, String label, boolean reasoned) {
    }

    private static final Action ABANDON = new Action("abandonment", "Abandonner la démarche", true);

    private static final Map<String, List<Action>> BY_STATUS = Map.of(
            "LETTER_OF_INTENT_RECEIVED", List.of(new Action("framing", "Commencer le cadrage", false), ABANDON),
            "FRAMING", List.of(ABANDON),
            "DIAGNOSTIC", List.of(ABANDON),
            "ELABORATION", List.of(new Action("submission", "Soumettre aux signatures", false), ABANDON),
            "AWAITING_SIGNATURES", List.of(ABANDON),
            "IN_FORCE", List.of(new Action("evaluation", "Commencer l'évaluation", false)),
            "EVALUATION", List.of(new Action("closure", "Clore le contrat", false)));

    private NextActions() {
    }

    public static List<Action> of(String status) {
        return BY_STATUS.getOrDefault(status, List.of());
    }

    public static Action named(String path) {
        return BY_STATUS.values().stream().flatMap(List::stream).filter(a -> a.path().equals(path)).findFirst()
                .orElse(null);
    }
}
