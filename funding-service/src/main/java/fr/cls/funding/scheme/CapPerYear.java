package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import fr.cls.platform.domain.Money;

/** Amount: the most the funder pays in any one year (Mayenne: 10,000). */
public record CapPerYear(BigDecimal amount) implements SchemeRule {

    public static final String CODE = "cap-per-year";

    public CapPerYear {
        amount = Money.euros(CODE + " amount", amount);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<BigDecimal> yearlyCap(int year, FundingCase fundingCase) {
        return Optional.of(fundingCase.leftInYear(year, amount));
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<Integer> over = fundingCase.yearsAboveTogether(year -> amount);
        if (over.isEmpty()) {
            return RuleOutcome.passed(CODE, "Plafond annuel respecté : " + Formats.eurosFr(amount) + " par an au plus",
                    "Yearly cap met: at most " + Formats.eurosEn(amount) + " per year").withCap(amount);
        }
        return RuleOutcome.failed(CODE,
                String.join(" ; ", over.stream().map(year -> "Plafond annuel dépassé en " + year + " : "
                        + fundingCase.askedFr(year) + " pour " + Formats.eurosFr(amount)
                        + " au plus").toList()),
                String.join("; ", over.stream().map(year -> "Yearly cap exceeded in " + year + ": "
                        + fundingCase.askedEn(year) + ", at most " + Formats.eurosEn(amount))
                        .toList()))
                .withCap(amount);
    }
}
