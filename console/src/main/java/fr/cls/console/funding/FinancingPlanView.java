package fr.cls.console.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A contract's financing plan as the API answers it: each funder's amounts, the own share, the cross-funder checks. */
public record FinancingPlanView(UUID contractId, String title, String ownerTenant, List<String> partyTenants,
        List<FunderPlan> funders, List<OwnShare> ownShare, List<YearTotals> years, Amounts totals, BigDecimal ownShareTotal,
        BigDecimal fundersEngaged, BigDecimal planTotal, BigDecimal budget, List<Check> checks) {

    public record Amounts(BigDecimal requested, BigDecimal granted, BigDecimal committed, BigDecimal paid) {
    }

    public record Cell(int year, String purpose, Amounts amounts) {

        public String purposeLabel() {
            return FundingLabels.purpose(purpose);
        }
    }

    public record FunderPlan(String funder, List<String> schemes, List<Cell> cells, Amounts totals) {
    }

    public record OwnShare(int year, String purpose, BigDecimal amount) {

        public String purposeLabel() {
            return FundingLabels.purpose(purpose);
        }
    }

    public record YearTotals(int year, Amounts funders, BigDecimal ownShare) {
    }

    public record Check(String rule, String status, String explanationFr) {

        public String statusLabel() {
            return FundingLabels.CHECKS.getOrDefault(status, status);
        }

        public String badge() {
            return switch (status == null ? "" : status) {
                case "PASS" -> "fr-badge--success";
                case "FAIL" -> "fr-badge--error";
                default -> "fr-badge--info";
            };
        }
    }
}
