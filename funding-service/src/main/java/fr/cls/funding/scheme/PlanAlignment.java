package fr.cls.funding.scheme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract's action sheets (fiches actions) include actions aligned with some of the funder's plans (Mayenne:
 * « Bien Vieillir en Mayenne », « Plan Ambition Santé 53 »): at least one live action sheet references one of them.
 * Whether a miss refuses or is only a point of attention is the version's term for this rule.
 *
 * @param plans the plans, as "funder/code" (e.g. cd-53/bien-vieillir-en-mayenne)
 */
public record PlanAlignment(List<String> plans) implements SchemeRule {

    public static final String CODE = "plan-alignment";

    private static final Pattern REFERENCE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");

    public PlanAlignment {
        if (plans == null || plans.isEmpty() || plans.stream().anyMatch(p -> p == null || !REFERENCE.matcher(p).matches())) {
            throw new IllegalArgumentException(CODE + " names at least one plan as funder/code, e.g. cd-53/bien-vieillir-en-mayenne"
                    + " (was " + plans + ")");
        }
        plans = plans.stream().distinct().toList();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<String> counted = plans.stream().filter(p -> fundingCase.alignedActions(p) > 0)
                .map(p -> p + " (" + fundingCase.alignedActions(p) + ")").toList();
        String planList = String.join(", ", plans);
        if (!counted.isEmpty()) {
            String found = String.join(", ", counted);
            return RuleOutcome.passed(CODE, "Fiches actions alignées sur les plans du financeur : " + found,
                    "Action sheets aligned with the funder's plans: " + found);
        }
        return RuleOutcome.failed(CODE, "Aucune fiche action du contrat ne s'inscrit dans les plans " + planList,
                "No action sheet of the contract is aligned with the plans " + planList);
    }
}
