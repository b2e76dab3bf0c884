package fr.cls.funding.scheme;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Eligibility: a département funds territories in the département. Choice: at least one of the territory's
 * communes must lie in it, not all, because EPCI cross borders: CC du Pays Sabolien, one of Mayenne's 10 EPCI,
 * spans 53 and 72 (docs/domain.md, "Territories"), and requiring all would exclude it. Judged on the communes the
 * territory covers, counted in the explanation; on its départements for a profile from before communes were sent.
 */
public record FunderTerritory(String departementCode) implements SchemeRule {

    public static final String CODE = "funder-territory";

    private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2}|2A|2B|97[1-6]");

    public FunderTerritory {
        if (departementCode == null || !DEPARTEMENT.matcher(departementCode).matches()) {
            throw new IllegalArgumentException(CODE + " needs a département code such as 53, 2A or 974 (was " + departementCode + ")");
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        if (!fundingCase.communes().isEmpty()) {
            return onCommunes(fundingCase.communes());
        }
        if (fundingCase.departementCodes().contains(departementCode)) {
            return RuleOutcome.passed(CODE, "Territoire dans le département " + departementCode,
                    "Territory in département " + departementCode);
        }
        String codes = String.join(", ", fundingCase.departementCodes());
        return RuleOutcome.failed(CODE,
                "Le territoire n'a aucune commune dans le département " + departementCode + " (départements du territoire : "
                        + (codes.isEmpty() ? "aucun" : codes) + ")",
                "The territory has no municipality in département " + departementCode + " (territory's départements: "
                        + (codes.isEmpty() ? "none" : codes) + ")");
    }

    private RuleOutcome onCommunes(List<CaseCommune> communes) {
        long inside = communes.stream().filter(c -> departementCode.equals(c.departement())).count();
        if (inside > 0) {
            return RuleOutcome.passed(CODE, "Territoire dans le département " + departementCode + " (" + inside + " de ses "
                    + communes.size() + " communes)", "Territory in département " + departementCode + " (" + inside + " of its "
                    + communes.size() + " communes)");
        }
        String codes = String.join(", ", new TreeSet<>(communes.stream().map(CaseCommune::departement).toList()));
        return RuleOutcome.failed(CODE,
                "Le territoire n'a aucune commune dans le département " + departementCode + " ("
                        + (communes.size() == 1 ? "sa commune est" : "ses " + communes.size() + " communes sont") + " dans : "
                        + codes + ")",
                "The territory has no municipality in département " + departementCode + " ("
                        + (communes.size() == 1 ? "its commune lies" : "its " + communes.size() + " communes lie") + " in: "
                        + codes + ")");
    }
}
