package fr.cls.funding.scheme;

import java.util.regex.Pattern;

/**
 * What the funder's published terms say of one of its rules: whether the platform enforces it, shows it as a point
 * of attention, or does not check it, and why. A rule of the version's {@code rules} is ENFORCED or ATTENTION; a
 * rule of the funder's text that the platform cannot check is listed with NOT_CHECKED and its own kebab-case code.
 */
public record RuleTerm(String rule, Enforcement enforcement, String reasonFr, String reasonEn) {

    static final String DEFAULT_REASON_FR = "Règle publiée par le financeur, vérifiée à chaque simulation et demande";
    static final String DEFAULT_REASON_EN = "Rule published by the funder, checked on every simulation and request";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public RuleTerm {
        if (rule == null || !CODE.matcher(rule).matches()) {
            throw new IllegalArgumentException("a rule term names its rule by a kebab-case code (was " + rule + ")");
        }
        if (enforcement == null) {
            throw new IllegalArgumentException("the term of rule " + rule + " says whether it is ENFORCED, ATTENTION or NOT_CHECKED");
        }
        if (reasonFr == null || reasonFr.isBlank() || reasonEn == null || reasonEn.isBlank()) {
            throw new IllegalArgumentException("the term of rule " + rule + " says why, in French and English (reasonFr, reasonEn)");
        }
        reasonFr = reasonFr.strip();
        reasonEn = reasonEn.strip();
    }

    /** A rule published without a term: enforced, as every rule was before terms existed. */
    static RuleTerm enforcedByDefault(String rule) {
        return new RuleTerm(rule, Enforcement.ENFORCED, DEFAULT_REASON_FR, DEFAULT_REASON_EN);
    }

    boolean checked() {
        return enforcement != Enforcement.NOT_CHECKED;
    }
}
