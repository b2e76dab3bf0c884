package fr.cls.funding.scheme;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Exclusivity: no double funding of a CLS and a CLSM on the same territory (ARA), whichever came first. Territories
 * are the same when they share a commune: a CLSM on a commune and a CLS on the EPCI containing it are refused, and the
 * explanation names the other contract and the communes they share.
 */
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
        List<FundedOverlap> overlaps = fundingCase.fundedOverlaps(conflict.get()).stream()
                .filter(o -> o.communeCount() > 0).toList();
        if (overlaps.isEmpty()) {
            return RuleOutcome.failed(CODE,
                    "Double financement CLS/CLSM impossible : le territoire a déjà un " + conflict.get() + " financé",
                    "No double CLS/CLSM funding: the territory already has a funded " + conflict.get());
        }
        return RuleOutcome.failed(CODE,
                "Double financement CLS/CLSM impossible : le territoire a déjà un " + conflict.get() + " financé, "
                        + overlaps.stream().map(o -> "« " + o.title() + " » sur " + o.communesFr()).collect(Collectors.joining(" ; ")),
                "No double CLS/CLSM funding: the territory already has a funded " + conflict.get() + ", "
                        + overlaps.stream().map(o -> "\"" + o.title() + "\" on " + o.communesEn()).collect(Collectors.joining("; ")));
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
