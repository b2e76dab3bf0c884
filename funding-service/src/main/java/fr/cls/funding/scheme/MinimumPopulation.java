package fr.cls.funding.scheme;

/** Eligibility: the territory's INSEE population (populationMunicipale) must reach a threshold (Bretagne: 50,000). */
public record MinimumPopulation(long inhabitants) implements SchemeRule {

    public static final String CODE = "minimum-population";

    public MinimumPopulation {
        if (inhabitants < 0) {
            throw new IllegalArgumentException(CODE + " cannot be negative (" + inhabitants + ")");
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        long population = fundingCase.population();
        String fr = Formats.countFr(population) + " habitants pour " + Formats.countFr(inhabitants) + " au moins";
        String en = Formats.countEn(population) + " inhabitants, at least " + Formats.countEn(inhabitants) + " required";
        return population >= inhabitants
                ? RuleOutcome.passed(CODE, "Population suffisante : " + fr, "Population large enough: " + en)
                : RuleOutcome.failed(CODE, "Population insuffisante : " + fr, "Population too small: " + en);
    }
}
