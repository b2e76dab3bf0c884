package fr.cls.funding.scheme;

import static java.util.stream.Collectors.joining;

import java.util.Set;

/** Eligibility: where the contract must stand in its life (e.g. Mayenne funds EPCI engaged or engaging in a CLS). */
public record ContractStatuses(Set<String> statuses) implements SchemeRule {

    public static final String CODE = "contract-statuses";

    public ContractStatuses {
        statuses = ContractVocabulary.statuses(CODE, statuses);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        String status = fundingCase.contractStatus();
        if (statuses.contains(status)) {
            return RuleOutcome.passed(CODE, "Statut du contrat accepté : " + ContractVocabulary.statusFr(status),
                    "Contract status accepted: " + ContractVocabulary.statusEn(status));
        }
        return RuleOutcome.failed(CODE,
                "Le contrat est au statut « " + ContractVocabulary.statusFr(status) + " » ; ce dispositif finance les statuts : "
                        + statuses.stream().map(ContractVocabulary::statusFr).collect(joining(", ")),
                "The contract's status is '" + ContractVocabulary.statusEn(status) + "'; this scheme funds: "
                        + statuses.stream().map(ContractVocabulary::statusEn).collect(joining(", ")));
    }
}
