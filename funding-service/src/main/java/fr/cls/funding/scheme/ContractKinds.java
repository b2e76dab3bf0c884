package fr.cls.funding.scheme;

import static java.util.stream.Collectors.joining;

import java.util.Set;

/** Eligibility: the kinds of contract the funder pays (CLS, CLSM, PROTOCOLE_ACCORD). */
public record ContractKinds(Set<String> kinds) implements SchemeRule {

    public static final String CODE = "contract-kinds";

    public ContractKinds {
        kinds = ContractVocabulary.kinds(CODE, kinds);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        String kind = fundingCase.contractKind();
        if (kinds.contains(kind)) {
            return RuleOutcome.passed(CODE, "Type de contrat accepté : " + ContractVocabulary.kindFr(kind),
                    "Contract kind accepted: " + ContractVocabulary.kindEn(kind));
        }
        return RuleOutcome.failed(CODE,
                "Type de contrat non financé : " + ContractVocabulary.kindFr(kind) + " ; ce dispositif finance : "
                        + kinds.stream().map(ContractVocabulary::kindFr).collect(joining(", ")),
                "Contract kind not funded: " + ContractVocabulary.kindEn(kind) + "; this scheme funds: "
                        + kinds.stream().map(ContractVocabulary::kindEn).collect(joining(", ")));
    }
}
