package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import fr.cls.platform.domain.Money;

/**
 * Amount: a cap per funded full-time post (ETP) and per year. Bretagne funds 1 FTE under 150,000 inhabitants and
 * 2 FTE above; the seed says "> 150 000", DOMAIN.md chose 150,000 exactly to give 2, hence "from" population.
 */
public record CapPerFte(BigDecimal amountPerFte, long twoFteFromPopulation) implements SchemeRule {

    public static final String CODE = "cap-per-fte";

    public CapPerFte {
        amountPerFte = Money.euros(CODE + " amountPerFte", amountPerFte);
        if (twoFteFromPopulation < 0) {
            throw new IllegalArgumentException(CODE + " twoFteFromPopulation cannot be negative (" + twoFteFromPopulation + ")");
        }
    }

    public int fte(long population) {
        return population >= twoFteFromPopulation ? 2 : 1;
    }

    public BigDecimal capPerYear(long population) {
        return amountPerFte.multiply(BigDecimal.valueOf(fte(population)));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<BigDecimal> yearlyCap(int year, FundingCase fundingCase) {
        return Optional.of(fundingCase.leftInYear(year, capPerYear(fundingCase.population())));
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        long population = fundingCase.population();
        int fte = fte(population);
        BigDecimal cap = capPerYear(population);
        String basisFr = fte + " ETP × " + Formats.eurosFr(amountPerFte);
        String basisEn = fte + " FTE × " + Formats.eurosEn(amountPerFte);
        List<Integer> over = fundingCase.yearsAboveTogether(year -> cap);
        if (over.isEmpty()) {
            return RuleOutcome.passed(CODE,
                    fte + " ETP financé" + (fte > 1 ? "s" : "") + " (" + Formats.countFr(population) + " habitants, 2 ETP à partir de "
                            + Formats.countFr(twoFteFromPopulation) + ") : " + Formats.eurosFr(cap) + " par an au plus",
                    fte + " FTE funded (" + Formats.countEn(population) + " inhabitants, 2 FTE from "
                            + Formats.countEn(twoFteFromPopulation) + "): at most " + Formats.eurosEn(cap) + " per year")
                    .withCap(cap);
        }
        return RuleOutcome.failed(CODE,
                String.join(" ; ", over.stream().map(year -> "Plafond par ETP dépassé en " + year + " : "
                        + fundingCase.askedFr(year) + " pour " + Formats.eurosFr(cap)
                        + " au plus (" + basisFr + ")").toList()),
                String.join("; ", over.stream().map(year -> "Cap per FTE exceeded in " + year + ": "
                        + fundingCase.askedEn(year) + ", at most " + Formats.eurosEn(cap)
                        + " (" + basisEn + ")").toList()))
                .withCap(cap);
    }
}
