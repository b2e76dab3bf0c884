package fr.cls.funding.scheme;

import java.util.List;

/**
 * Occitanie: the coordinator's financing "est partagé par les signataires". A request alone shows two of them, the
 * funder and the collectivité (a signatory of every CLS), so each funded year the collectivité must bring its own
 * share; the financing plan then counts every signatory funding the post ({@code plan-coordinator-post-shared}).
 *
 * @param minimumContributors signatories (funders and the collectivité) that must fund the post each year
 */
public record CoordinatorPostShared(int minimumContributors) implements SchemeRule {

    public static final String CODE = "coordinator-post-shared";

    public CoordinatorPostShared {
        if (minimumContributors < 2) {
            throw new IllegalArgumentException(CODE + " minimumContributors is 2 or more: a post funded by one is not shared (was "
                    + minimumContributors + ")");
        }
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(FundingCase fundingCase) {
        List<Integer> alone = fundingCase.fundedYears().stream().filter(year -> fundingCase.ownShare(year).signum() <= 0).toList();
        String planFr = "; le plan de financement vérifie que " + minimumContributors + " signataires au moins financent le poste";
        String planEn = "; the financing plan checks that at least " + minimumContributors + " signatories fund the post";
        if (alone.isEmpty()) {
            return RuleOutcome.passed(CODE, "Financement du poste partagé avec la collectivité chaque année demandée" + planFr,
                    "The post's financing is shared with the collectivité in every requested year" + planEn);
        }
        String years = String.join(", ", alone.stream().map(String::valueOf).toList());
        return RuleOutcome.failed(CODE,
                "Financement du poste non partagé en " + years + " : la collectivité, signataire, n'y apporte rien" + planFr,
                "The post's financing is not shared in " + years + ": the collectivité, a signatory, brings nothing" + planEn);
    }
}
