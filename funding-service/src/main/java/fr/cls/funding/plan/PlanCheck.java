package fr.cls.funding.plan;

/** One cross-funder check of a plan, named by its rule, explained in French and English like the schemes' rules. */
public record PlanCheck(String rule, CheckStatus status, String explanationFr, String explanationEn) {
}
