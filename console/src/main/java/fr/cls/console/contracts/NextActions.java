package fr.cls.console.contracts;

import java.util.List;
import java.util.Map;

/**
 * The lifecycle actions the console offers for a status, each a POST of the contracts API. Whether the person may
 * take one is the API's decision: a refusal comes back as its problem (rule violations in French) next to the form.
 */
public final class NextActions {

    /** What an action asks for besides the version. */
    public enum Input {
        NONE, REASON, DIAGNOSTIC_MODE, PORTRAITS, DATES
    }

    /** {@code path} under {@code /api/v1/contracts/{id}/}. */
    public record Action(String path, String label, Input input) {

        public boolean reasoned() {
            return input == Input.REASON;
        }
    }

    private static final Action ABANDON = new Action("abandonment", "Abandonner la démarche", Input.REASON);

    private static final Map<String, List<Action>> BY_STATUS = Map.of(
            "LETTER_OF_INTENT_RECEIVED", List.of(new Action("framing", "Commencer le cadrage", Input.NONE), ABANDON),
            "FRAMING", List.of(new Action("agreement", "Donner l'accord de l'ARS", Input.DIAGNOSTIC_MODE),
                    new Action("agreement-refusal", "Refuser l'accord", Input.REASON), ABANDON),
            "DIAGNOSTIC", List.of(new Action("diagnostic", "Enregistrer le diagnostic remis", Input.PORTRAITS), ABANDON),
            "ELABORATION", List.of(new Action("submission", "Soumettre aux signatures", Input.NONE), ABANDON),
            "AWAITING_SIGNATURES", List.of(new Action("signature", "Mettre en vigueur (toutes les signatures reçues)",
                    Input.DATES), ABANDON),
            "IN_FORCE", List.of(new Action("evaluation", "Commencer l'évaluation", Input.NONE)),
            "EVALUATION", List.of(new Action("closure", "Clore le contrat", Input.NONE)));

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
