package fr.cls.contract.paper;

import java.util.Map;

/** The French names the documents give the codes; a code without one is shown as it is. */
final class Labels {

    private static final Map<String, String> KINDS = Map.of(
            "CLS", "Contrat local de santé",
            "CLSM", "Contrat local de santé mentale",
            "PROTOCOLE_ACCORD", "Protocole d'accord");

    private static final Map<String, String> SIGNATORIES = Map.of(
            "ARS", "Agence régionale de santé",
            "COLLECTIVITE", "Collectivité",
            "PREFECTURE", "Préfecture",
            "DEPARTEMENT", "Département",
            "CPAM", "Caisse primaire d'assurance maladie",
            "CAF", "Caisse d'allocations familiales",
            "MSA", "Mutualité sociale agricole",
            "HOSPITAL", "Établissement de santé",
            "CPTS", "Communauté professionnelle territoriale de santé",
            "OTHER", "Autre partenaire");

    private static final Map<String, String> PARTY_ROLES = Map.of(
            "CO_FUNDER", "Cofinanceur",
            "SIGNATORY", "Signataire");

    private static final Map<String, String> REPORT_STATUSES = Map.of(
            "DRAFT", "Projet",
            "SUBMITTED", "Transmis",
            "ADOPTED", "Adopté par le COPIL");

    private Labels() {
    }

    static String kind(String code) {
        return label(KINDS, code);
    }

    static String signatoryKind(String code) {
        return label(SIGNATORIES, code);
    }

    static String partyRole(String code) {
        return label(PARTY_ROLES, code);
    }

    static String reportStatus(String code) {
        return label(REPORT_STATUSES, code);
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }
}
