package fr.cls.console.funding;

import java.util.Map;

import static fr.cls.console.LabelMaps.ordered;

/** French names of the funding API's codes; an unknown code shows as itself rather than failing the page. */
public final class FundingLabels {

    public static final Map<String, String> STATUSES = ordered(
            "SUBMITTED", "Déposée",
            "UNDER_INSTRUCTION", "En instruction",
            "GRANTED", "Accordée",
            "REFUSED", "Refusée",
            "WITHDRAWN", "Retirée");

    public static final Map<String, String> PURPOSES = ordered(
            "COORDINATOR_POST", "Poste de coordination",
            "DIAGNOSTIC", "Diagnostic",
            "ENGINEERING", "Ingénierie",
            "ACTIONS", "Fiches action");

    static final Map<String, String> CHECKS = ordered(
            "PASS", "Respecté",
            "FAIL", "Non respecté",
            "NOT_APPLICABLE", "Sans objet");

    private FundingLabels() {
    }

    public static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public static String purpose(String code) {
        return PURPOSES.getOrDefault(code, code);
    }

}
