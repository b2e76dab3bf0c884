package fr.cls.funding.scheme;

import java.util.List;

/** Co-financing: the collectivité must bring its own money in every year it asks the funder for some (Bretagne). */
public record CoFinancingRequired() implements SchemeRule {

    public static final String CODE = "co-financing";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<Integer> missing = fundingCase.fundedYears().stream().filter(year -> fundingCase.ownShare(year).signum() <= 0).toList();
        if (missing.isEmpty()) {
            return RuleOutcome.passed(CODE, "La collectivité cofinance chaque année demandée",
                    "The collectivité co-finances every requested year");
        }
        String years = String.join(", ", missing.stream().map(String::valueOf).toList());
        return RuleOutcome.failed(CODE,
                "Cofinancement de la collectivité manquant en " + years + " : sa part doit être supérieure à zéro chaque année financée",
                "The collectivité's own share is missing in " + years + ": it must be above zero in every funded year");
    }
}
