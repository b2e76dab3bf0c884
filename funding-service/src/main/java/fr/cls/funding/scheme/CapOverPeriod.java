package fr.cls.funding.scheme;

import java.math.BigDecimal;
import java.util.Optional;

import fr.cls.platform.domain.Money;

/** Amount: the most the funder pays over all the requested years together (Mayenne: 30,000 over the period). */
public record CapOverPeriod(BigDecimal amount) implements SchemeRule {

    public static final String CODE = "cap-over-period";

    public CapOverPeriod {
        amount = Money.euros(CODE + " amount", amount);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Optional<BigDecimal> periodCap() {
        return Optional.of(amount);
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        BigDecimal committed = fundingCase.committedTotal();
        BigDecimal total = fundingCase.requestedTotal().add(committed);
        String fr = Formats.eurosFr(fundingCase.requestedTotal()) + " demandés"
                + (committed.signum() > 0 ? " + " + Formats.eurosFr(committed) + " déjà engagés" : "") + " au total pour "
                + Formats.eurosFr(amount) + " au plus";
        String en = Formats.eurosEn(fundingCase.requestedTotal()) + " requested"
                + (committed.signum() > 0 ? " + " + Formats.eurosEn(committed) + " already committed" : "") + " in total, at most "
                + Formats.eurosEn(amount);
        RuleOutcome outcome = total.compareTo(amount) <= 0
                ? RuleOutcome.passed(CODE, "Plafond sur la période respecté : " + fr, "Cap over the period met: " + en)
                : RuleOutcome.failed(CODE, "Plafond sur la période dépassé : " + fr, "Cap over the period exceeded: " + en);
        return outcome.withCap(amount);
    }
}
