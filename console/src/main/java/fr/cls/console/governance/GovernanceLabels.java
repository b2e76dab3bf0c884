package fr.cls.console.governance;

import java.util.Map;

import static fr.cls.console.LabelMaps.ordered;

/** The French names of the governance API's codes; an unknown code shows as itself rather than failing the page. */
public final class GovernanceLabels {

    public static final Map<String, String> BODY_KINDS = ordered(
            "COPIL", "Comité de pilotage (COPIL)",
            "COTECH", "Comité technique (COTECH)",
            "PROJECT_GROUP", "Groupe projet",
            "CROSS_CONTRACT", "Groupe transversal");

    public static final Map<String, String> ROLES = ordered(
            "CHAIR", "Président",
            "MEMBER", "Membre",
            "SECRETARY", "Secrétaire",
            "GUEST", "Invité");

    public static final Map<String, String> MEMBER_STATUSES = ordered(
            "PROPOSED", "Siège proposé",
            "ACTIVE", "Actif",
            "LEFT", "Parti");

    public static final Map<String, String> MEETING_STATUSES = ordered(
            "PLANNED", "Programmée",
            "CONVENED", "Convoquée",
            "HELD", "Tenue",
            "CANCELLED", "Annulée");

    /** In the order the attendance form offers them. */
    public static final Map<String, String> ATTENDANCE = ordered(
            "PRESENT", "Présent",
            "REPRESENTED", "Représenté (procuration)",
            "EXCUSED", "Excusé",
            "ABSENT", "Absent");

    public static final Map<String, String> PURPOSES = ordered(
            "VALIDATE_CONTRACT", "Valider le contrat",
            "VALIDATE_PROGRAMMING", "Valider la programmation annuelle",
            "ADOPT_EVALUATION", "Adopter l'évaluation",
            "ADOPT_ANNUAL_REPORT", "Adopter le rapport annuel",
            "EXAMINE_DIFFICULTY", "Examiner une difficulté",
            "APPROVE_MINUTES", "Approuver le compte rendu d'une réunion précédente",
            "OTHER", "Autre");

    public static final Map<String, String> MODES = ordered(
            "VOTE", "Vote",
            "CONSENSUS", "Consensus");

    public static final Map<String, String> OUTCOMES = ordered(
            "ADOPTED", "Adopté",
            "REJECTED", "Rejeté",
            "PROPOSED", "Proposé au COPIL");

    public static final Map<String, String> MINUTES = ordered(
            "NONE", "Non rédigé",
            "DRAFT", "Rédigé, à approuver",
            "APPROVED", "Approuvé");

    private GovernanceLabels() {
    }

    public static String bodyKind(String code) {
        return BODY_KINDS.getOrDefault(code, code);
    }

    public static String role(String code) {
        return ROLES.getOrDefault(code, code);
    }

    public static String memberStatus(String code) {
        return MEMBER_STATUSES.getOrDefault(code, code);
    }

    public static String meetingStatus(String code) {
        return MEETING_STATUSES.getOrDefault(code, code);
    }

    public static String attendance(String code) {
        return ATTENDANCE.getOrDefault(code, code);
    }

    public static String purpose(String code) {
        return PURPOSES.getOrDefault(code, code);
    }

    public static String mode(String code) {
        return MODES.getOrDefault(code, code);
    }

    public static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }

    public static String minutes(String code) {
        return MINUTES.getOrDefault(code, code);
    }

}
