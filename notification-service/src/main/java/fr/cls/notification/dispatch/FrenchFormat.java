package fr.cls.notification.dispatch;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Dates, amounts and codes as a French reader expects them. */
public final class FrenchFormat {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("LETTER_OF_INTENT_RECEIVED", "lettre d'intention reçue"), Map.entry("FRAMING", "cadrage"),
            Map.entry("AGREEMENT_REFUSED", "accord refusé"), Map.entry("DIAGNOSTIC", "diagnostic"),
            Map.entry("ELABORATION", "élaboration"), Map.entry("AWAITING_SIGNATURES", "en attente de signatures"),
            Map.entry("IN_FORCE", "en vigueur"), Map.entry("EVALUATION", "évaluation"), Map.entry("CLOSED", "clos"),
            Map.entry("RENEWED", "renouvelé"), Map.entry("CONVERTED", "converti"), Map.entry("ABANDONED", "abandonné"),
            Map.entry("ADOPTED", "adoptée"), Map.entry("REJECTED", "rejetée"), Map.entry("PROPOSED", "proposée"),
            Map.entry("GRANTED", "accordée"), Map.entry("REFUSED", "refusée"),
            Map.entry("VALIDATE_CONTRACT", "validation du contrat"),
            Map.entry("VALIDATE_PROGRAMMING", "validation de la programmation annuelle"),
            Map.entry("ADOPT_ANNUAL_REPORT", "adoption du bilan annuel"),
            Map.entry("ADOPT_EVALUATION", "adoption de l'évaluation"),
            Map.entry("EXAMINE_DIFFICULTY", "examen d'une difficulté"));

    private FrenchFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "date non précisée" : DATE.format(date);
    }

    public static String euros(BigDecimal amount) {
        return amount == null ? "montant non précisé" : NumberFormat.getCurrencyInstance(FRENCH).format(amount);
    }

    /** A status, outcome or purpose code in French (the code itself when unknown). */
    public static String label(String code) {
        return code == null ? "" : STATUSES.getOrDefault(code, code);
    }

    /** «&nbsp;title&nbsp;», or a neutral name when unknown. */
    public static String quoted(String title) {
        return title == null || title.isBlank() ? "le contrat" : "« " + title + " »";
    }
}
