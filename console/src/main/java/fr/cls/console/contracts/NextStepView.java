package fr.cls.console.contracts;

import java.util.List;

/** The API's next rule-checked step and what would refuse it now ({@code GET /contracts/{id}/next-step}). */
public record NextStepView(String step, List<Blocker> violations) {

    /** A rule and its French message. */
    public record Blocker(String rule, String message) {
    }

    public static final NextStepView NONE = new NextStepView(null, List.of());

    public boolean checked() {
        return step != null;
    }

    public String stepLabel() {
        return Labels.NEXT_STEPS.getOrDefault(step, step);
    }
}
