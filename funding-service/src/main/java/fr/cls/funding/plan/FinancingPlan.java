package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A contract's financing plan as every party sees it.
 *
 * @param budget          the total budget the caller gave ({@code ?budget=}); null when unknown
 * @param fundersEngaged  the funders' most advanced figures summed (committed, else granted, else asked)
 * @param planTotal       fundersEngaged plus the collectivité's own share: what the budget check compares
 */
public record FinancingPlan(UUID contractId, String title, String ownerTenant, List<String> partyTenants,
        List<FunderPlan> funders, List<OwnShare> ownShare, List<YearTotals> years, Amounts totals, BigDecimal ownShareTotal,
        BigDecimal fundersEngaged, BigDecimal planTotal, BigDecimal budget, List<PlanCheck> checks) {

    /** Requested: live requests; granted: granted requests; committed: signed conventions; paid: payments paid. */
    public record Amounts(BigDecimal requested, BigDecimal granted, BigDecimal committed, BigDecimal paid) {

        static final Amounts NONE = new Amounts(FundingLine.ZERO, FundingLine.ZERO, FundingLine.ZERO, FundingLine.ZERO);

        Amounts plus(Amounts other) {
            return new Amounts(requested.add(other.requested), granted.add(other.granted), committed.add(other.committed),
                    paid.add(other.paid));
        }
    }

    public record Cell(int year, String purpose, Amounts amounts) {
    }

    public record FunderPlan(String funder, List<String> schemes, List<Cell> cells, Amounts totals) {
    }

    public record OwnShare(int year, String purpose, BigDecimal amount) {
    }

    public record YearTotals(int year, Amounts funders, BigDecimal ownShare) {
    }
}
