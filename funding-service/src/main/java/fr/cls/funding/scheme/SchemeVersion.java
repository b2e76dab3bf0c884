package fr.cls.funding.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of a funder's financing scheme: its rules in effect from a date, until a date or open-ended. A funder
 * changing its terms publishes a new version, possibly to start on a later day; a request is judged by the version
 * in effect on its filing date, which it keeps until its decision.
 *
 * @param tenantId      the funder (e.g. ars-bretagne, cd-53)
 * @param schemeCode    slug, stable across versions (e.g. animateurs-sante)
 * @param name          the scheme's name, in French as the funder publishes it
 * @param effectiveTo   last day in effect, inclusive; null while open
 * @param source        where the rules come from (the funder's page), for whoever checks or updates them
 * @param terms         for each rule, whether it is enforced or a point of attention, and why; then the rules of the
 *                      funder's text the platform does not check, and why. A rule given no term is enforced.
 */
public record SchemeVersion(String tenantId, String schemeCode, String name, int version, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<SchemeRule> rules, String source, List<RuleTerm> terms) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SchemeVersion {
        slug("tenantId", tenantId);
        slug("schemeCode", schemeCode);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("scheme " + schemeCode + " needs a name");
        }
        name = name.strip();
        if (version < 1) {
            throw new IllegalArgumentException("scheme " + schemeCode + ": version must be 1 or more (was " + version + ")");
        }
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + " needs effectiveFrom");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + " ends (" + effectiveTo
                    + ") before it starts (" + effectiveFrom + ")");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> codes = new HashSet<>();
        for (SchemeRule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + " has rule " + rule.code()
                        + " twice; an outcome is known by its rule's code");
            }
        }
        source = source == null || source.isBlank() ? null : source.strip();
        terms = completed(schemeCode, version, rules, terms);
    }

    /** Without terms: every rule enforced. */
    public SchemeVersion(String tenantId, String schemeCode, String name, int version, LocalDate effectiveFrom,
            LocalDate effectiveTo, List<SchemeRule> rules, String source) {
        this(tenantId, schemeCode, name, version, effectiveFrom, effectiveTo, rules, source, null);
    }

    /** The term of a rule of the version or of an unchecked rule of the funder's text. */
    public Optional<RuleTerm> term(String rule) {
        return terms.stream().filter(t -> t.rule().equals(rule)).findFirst();
    }

    /** The funder's rules the platform does not check. */
    public List<RuleTerm> notChecked() {
        return terms.stream().filter(t -> !t.checked()).toList();
    }

    /** Rule terms in the order of the rules, then the unchecked ones; a checked term names a rule of the version. */
    private static List<RuleTerm> completed(String schemeCode, int version, List<SchemeRule> rules, List<RuleTerm> given) {
        Map<String, RuleTerm> byRule = new LinkedHashMap<>();
        for (RuleTerm term : given == null ? List.<RuleTerm>of() : given) {
            if (term == null || byRule.put(term.rule(), term) != null) {
                throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + " has a null or repeated"
                        + " rule term" + (term == null ? "" : " (" + term.rule() + ")"));
            }
        }
        Set<String> ruleCodes = new HashSet<>();
        List<RuleTerm> terms = new ArrayList<>();
        for (SchemeRule rule : rules) {
            ruleCodes.add(rule.code());
            RuleTerm term = byRule.getOrDefault(rule.code(), RuleTerm.enforcedByDefault(rule.code()));
            if (!term.checked()) {
                throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + ": rule " + rule.code()
                        + " is in the rules, so it is ENFORCED or ATTENTION, not NOT_CHECKED");
            }
            terms.add(term);
        }
        for (RuleTerm term : byRule.values()) {
            if (ruleCodes.contains(term.rule())) {
                continue;
            }
            if (term.checked()) {
                throw new IllegalArgumentException("scheme " + schemeCode + " version " + version + ": term " + term.rule()
                        + " is " + term.enforcement() + " but names no rule of the version; a rule not checked is NOT_CHECKED");
            }
            terms.add(term);
        }
        return List.copyOf(terms);
    }

    /** Effective dates are inclusive at both ends. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public VersionStatus statusOn(LocalDate date) {
        if (date.isBefore(effectiveFrom)) {
            return VersionStatus.UPCOMING;
        }
        return appliesOn(date) ? VersionStatus.IN_FORCE : VersionStatus.ENDED;
    }

    boolean overlaps(SchemeVersion other) {
        return (other.effectiveTo == null || !effectiveFrom.isAfter(other.effectiveTo))
                && (effectiveTo == null || !other.effectiveFrom.isAfter(effectiveTo));
    }

    boolean sameScheme(SchemeVersion other) {
        return tenantId.equals(other.tenantId) && schemeCode.equals(other.schemeCode);
    }

    public Evaluation evaluate(FundingCase fundingCase) {
        return RuleEvaluator.evaluate(this, fundingCase);
    }

    /**
     * A request keeps the version it was filed under: its amendment and decision are judged by this version's rules
     * even once a newer version is in effect.
     */
    public Evaluation evaluateAsFiled(FundingCase fundingCase) {
        return RuleEvaluator.evaluateRules(this, fundingCase);
    }

    private static void slug(String field, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a lower-case slug such as ars-bretagne (was " + value + ")");
        }
    }
}
