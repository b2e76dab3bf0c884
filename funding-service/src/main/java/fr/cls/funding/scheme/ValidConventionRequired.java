package fr.cls.funding.scheme;

import java.time.LocalDate;

/** Exclusivity: the convention between the funder and the collectivité must be in force on the decision date (ARA). */
public record ValidConventionRequired() implements SchemeRule {

    public static final String CODE = "valid-convention";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        LocalDate on = fundingCase.evaluationDate();
        LocalDate start = fundingCase.conventionStart();
        LocalDate end = fundingCase.conventionEnd();
        String onFr = "la date de décision (" + Formats.dateFr(on) + ")";
        String onEn = "the decision date (" + Formats.dateEn(on) + ")";
        if (start == null) {
            return RuleOutcome.failed(CODE, "Aucune convention entre le financeur et la collectivité : elle doit être en vigueur à " + onFr,
                    "No convention between the funder and the collectivité: one must be in force on " + onEn);
        }
        if (on.isBefore(start)) {
            return RuleOutcome.failed(CODE, "La convention n'entre en vigueur que le " + Formats.dateFr(start) + ", après " + onFr,
                    "The convention only comes into force on " + Formats.dateEn(start) + ", after " + onEn);
        }
        if (end != null && on.isAfter(end)) {
            return RuleOutcome.failed(CODE, "La convention a expiré le " + Formats.dateFr(end) + ", avant " + onFr,
                    "The convention expired on " + Formats.dateEn(end) + ", before " + onEn);
        }
        return RuleOutcome.passed(CODE, "Convention en vigueur à " + onFr, "Convention in force on " + onEn);
    }
}
