package fr.cls.console.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A contract's lifecycle as the dates it records, in order; steps not reached yet are listed without a date. */
public final class Timeline {

    /** One step: done when it has a date. */
    public record Step(String label, LocalDate on) {
        public boolean done() {
            return on != null;
        }
    }

    private Timeline() {
    }

    public static List<Step> of(ContractView c) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Lettre d'intention reçue", c.letterOfIntentReceivedOn()));
        steps.add(new Step("Accord de l'ARS", c.agreementGivenOn()));
        if (!"PROTOCOLE_ACCORD".equals(c.kind())) {
            steps.add(new Step("Diagnostic remis", c.diagnosticDeliveredOn()));
        }
        steps.add(new Step("Validation en COPIL", c.copilValidatedOn()));
        steps.add(new Step("Entrée en vigueur", c.startDate()));
        steps.add(new Step("Évaluation adoptée", c.evaluationAdoptedOn()));
        if (c.endedOn() != null) {
            steps.add(new Step("Fin du contrat", c.endedOn()));
        } else {
            steps.add(new Step("Échéance prévue", c.endDate()));
        }
        return steps;
    }
}
