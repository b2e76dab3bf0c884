package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Co-financing: in each year the funder pays no more than the collectivité brings (ARA: "financement paritaire"). */
public record Parity() implements SchemeRule {

    public static final String CODE = "parity";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<BigDecimal> yearlyCap(int year, FundingCase fundingCase) {
        return Optional.of(fundingCase.ownShare(year));
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<Integer> over = fundingCase.yearsAbove(fundingCase::ownShare);
        if (over.isEmpty()) {
            return RuleOutcome.passed(CODE, "Parité respectée : le financeur ne paie pas plus que la collectivité chaque année",
                    "Parity met: the funder pays no more than the collectivité each year");
        }
        return RuleOutcome.failed(CODE,
                String.join(" ; ", over.stream().map(year -> "Parité non respectée en " + year + " : "
                        + Formats.eurosFr(fundingCase.requested().get(year)) + " demandés pour "
                        + Formats.eurosFr(fundingCase.ownShare(year)) + " apportés par la collectivité").toList()),
                String.join("; ", over.stream().map(year -> "Parity not met in " + year + ": "
                        + Formats.eurosEn(fundingCase.requested().get(year)) + " requested, the collectivité brings "
                        + Formats.eurosEn(fundingCase.ownShare(year))).toList()));
    }
}
