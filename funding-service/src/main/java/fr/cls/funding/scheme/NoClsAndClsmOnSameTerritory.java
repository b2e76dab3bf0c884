package fr.cls.funding.scheme;

import java.util.Optional;

/** Exclusivity: no double funding of a CLS and a CLSM on the same territory (ARA), whichever came first. */
public record NoClsAndClsmOnSameTerritory() implements SchemeRule {

    public static final String CODE = "no-cls-and-clsm-on-same-territory";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        Optional<String> conflict = excluding(fundingCase.contractKind()).filter(fundingCase.fundedKindsOnTerritory()::contains);
        if (conflict.isEmpty()) {
            return RuleOutcome.passed(CODE, "Pas de double financement CLS/CLSM sur le territoire",
                    "No double CLS/CLSM funding on the territory");
        }
        return RuleOutcome.failed(CODE,
                "Double financement CLS/CLSM impossible : le territoire a déjà un " + conflict.get() + " financé",
                "No double CLS/CLSM funding: the territory already has a funded " + conflict.get());
    }

    /** A protocole d'accord excludes nothing: it announces a CLS, it is not a second one. */
    private static Optional<String> excluding(String kind) {
        return switch (kind) {
            case "CLS" -> Optional.of("CLSM");
            case "CLSM" -> Optional.of("CLS");
            default -> Optional.empty();
        };
    }
}
