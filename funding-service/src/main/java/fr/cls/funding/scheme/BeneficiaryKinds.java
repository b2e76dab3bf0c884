package fr.cls.funding.scheme;

import static java.util.stream.Collectors.joining;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Eligibility: the kinds of collectivité the funder pays (Mayenne: EPCI only). */
public record BeneficiaryKinds(Set<BeneficiaryKind> kinds) implements SchemeRule {

    public static final String CODE = "beneficiary-kinds";

    public BeneficiaryKinds {
        if (kinds == null || kinds.isEmpty() || kinds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(CODE + " needs at least one beneficiary kind");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        BeneficiaryKind kind = fundingCase.beneficiaryKind();
        if (kinds.contains(kind)) {
            return RuleOutcome.passed(CODE, "Bénéficiaire accepté : " + kind.labelFr(), "Beneficiary accepted: " + kind.labelEn());
        }
        return RuleOutcome.failed(CODE,
                "Bénéficiaire non accepté : " + kind.labelFr() + " ; ce dispositif finance : "
                        + kinds.stream().map(BeneficiaryKind::labelFr).collect(joining(", ")),
                "Beneficiary not accepted: " + kind.labelEn() + "; this scheme funds: "
                        + kinds.stream().map(BeneficiaryKind::labelEn).collect(joining(", ")));
    }
}
