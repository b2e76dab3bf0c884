package fr.cls.console.contracts;

import java.util.Map;

import static fr.cls.console.LabelMaps.ordered;

/** The French names of the API's codes; an unknown code shows as itself rather than failing the page. */
public final class Labels {

    public static final Map<String, String> STATUSES = ordered(
            "LETTER_OF_INTENT_RECEIVED", "Lettre d'intention reçue",
            "FRAMING", "Cadrage",
            "AGREEMENT_REFUSED", "Accord refusé",
            "DIAGNOSTIC", "Diagnostic",
            "ELABORATION", "Élaboration",
            "AWAITING_SIGNATURES", "En attente de signatures",
            "IN_FORCE", "En vigueur",
            "EVALUATION", "Évaluation",
            "CLOSED", "Clos",
            "RENEWED", "Renouvelé",
            "CONVERTED", "Converti en CLS",
            "ABANDONED", "Abandonné");

    public static final Map<String, String> KINDS = ordered(
            "CLS", "Contrat local de santé (CLS)",
            "CLSM", "Contrat local de santé mentale (CLSM)",
            "PROTOCOLE_ACCORD", "Protocole d'accord");

    public static final Map<String, String> ROLES = ordered(
            "CO_FUNDER", "Cofinanceur",
            "SIGNATORY", "Signataire");

    public static final Map<String, String> SIGNATORY_KINDS = ordered(
            "ARS", "ARS",
            "COLLECTIVITE", "Collectivité",
            "PREFECTURE", "Préfecture",
            "DEPARTEMENT", "Département",
            "CPAM", "CPAM",
            "CAF", "CAF",
            "MSA", "MSA",
            "HOSPITAL", "Établissement de santé",
            "CPTS", "CPTS",
            "OTHER", "Autre");

    public static final Map<String, String> DIAGNOSTIC_MODES = ordered(
            "IN_HOUSE", "Par la collectivité elle-même",
            "PROVIDER", "Par un prestataire",
            "ORS", "Par l'observatoire régional de la santé (ORS)");

    public static final Map<String, String> SHEET_STATUSES = ordered(
            "PLANNED", "Prévue",
            "IN_PROGRESS", "En cours",
            "DONE", "Réalisée",
            "ABANDONED", "Abandonnée");

    /** The steps the API checks ahead ({@code GET /contracts/{id}/next-step}). */
    public static final Map<String, String> NEXT_STEPS = ordered(
            "submission", "la soumission aux signatures",
            "signature", "l'entrée en vigueur",
            "closure", "la clôture");

    private Labels() {
    }

    public static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    public static String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    public static String role(String code) {
        return ROLES.getOrDefault(code, code);
    }

    public static String signatoryKind(String code) {
        return SIGNATORY_KINDS.getOrDefault(code, code);
    }

    public static String sheetStatus(String code) {
        return SHEET_STATUSES.getOrDefault(code, code);
    }

}
