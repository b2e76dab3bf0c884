package fr.cls.funding.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.cls.funding.request.Purpose;
import fr.cls.funding.request.RequestStatus;

class PlanChecksTest {

    static final int Y = 2026;

    @Test
    void parityIsNotApplicableWhenNoFunderDemandsIt() {
        PlanCheck check = PlanChecks.parity(new PlanFigures(List.of(pending("cd-53", false, 10_000, 0))));
        assertThat(check.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
        assertThat(check.rule()).isEqualTo("plan-parity");
    }

    @Test
    void parityPassesWhenTheParityFunderPaysNoMoreThanTheCollectivite() {
        PlanCheck check = PlanChecks.parity(new PlanFigures(List.of(pending("ars-ara", true, 15_000, 15_000),
                pending("cd-53", false, 10_000, 15_000))));
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(check.explanationFr()).contains("ars-ara");
    }

    @Test
    void parityFailsWhenTwoRequestsToTheSameFunderCountTheSameOwnShareTwice() {
        PlanCheck check = PlanChecks.parity(new PlanFigures(List.of(pending("ars-ara", true, 15_000, 15_000),
                pending("ars-ara", true, 10_000, 10_000))));
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.explanationFr()).contains("Parité non respectée par ars-ara en 2026 (poste de coordination)")
                .contains("25\u00a0000,00\u00a0€").contains("15\u00a0000,00\u00a0€");
        assertThat(check.explanationEn()).contains("Parity not met by ars-ara in 2026 (coordinator post)")
                .contains("€25,000.00").contains("€15,000.00");
    }

    @Test
    void parityJudgesTheCommittedAmountRatherThanTheAmountAsked() {
        FundingLine committedBelow = new FundingLine("ars-ara", "cls", true, Purpose.COORDINATOR_POST, RequestStatus.GRANTED,
                y(30_000), y(20_000), y(30_000), y(20_000), null);
        assertThat(PlanChecks.parity(new PlanFigures(List.of(committedBelow))).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void refusedAndWithdrawnRequestsCountForNothing() {
        FundingLine refused = new FundingLine("ars-ara", "cls", true, Purpose.COORDINATOR_POST, RequestStatus.REFUSED,
                y(50_000), y(0), null, null, null);
        FundingLine withdrawn = new FundingLine("cd-53", "animateurs-sante", false, Purpose.COORDINATOR_POST,
                RequestStatus.WITHDRAWN, y(50_000), y(0), null, null, null);
        PlanFigures figures = new PlanFigures(List.of(refused, withdrawn, pending("cd-53", false, 5_000, 5_000)));
        assertThat(PlanChecks.parity(figures).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
        assertThat(PlanChecks.noDoubleFunding(figures).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
        assertThat(PlanChecks.withinBudget(figures, new BigDecimal("10000.00")).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void doubleFundingIsNotApplicableWhenEachPurposeHasOneFunder() {
        FundingLine actions = new FundingLine("cd-53", "animateurs-sante", false, Purpose.ACTIONS, RequestStatus.SUBMITTED,
                y(10_000), y(0), null, null, null);
        assertThat(PlanChecks.noDoubleFunding(new PlanFigures(List.of(pending("ars-ara", true, 15_000, 15_000), actions)))
                .status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void doubleFundingPassesWhenTwoFundersShareAPostWithinItsDeclaredCost() {
        // ARS 15,000 + collectivité 15,000 declares a 30,000 post; the département's 10,000 fits in it.
        PlanCheck check = PlanChecks.noDoubleFunding(new PlanFigures(List.of(pending("ars-ara", true, 15_000, 15_000),
                pending("cd-53", false, 10_000, 15_000))));
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void doubleFundingFailsWhenTwoFundersTogetherPayMoreThanTheDeclaredCost() {
        PlanCheck check = PlanChecks.noDoubleFunding(new PlanFigures(List.of(pending("ars-ara", true, 20_000, 10_000),
                pending("cd-53", false, 20_000, 10_000))));
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.rule()).isEqualTo("plan-no-double-funding");
        assertThat(check.explanationFr()).contains("ars-ara et cd-53").contains("40\u00a0000,00\u00a0€")
                .contains("30\u00a0000,00\u00a0€");
        assertThat(check.explanationEn()).contains("ars-ara and cd-53 together bring €40,000.00 for a declared cost of €30,000.00");
    }

    @Test
    void budgetIsNotApplicableWithoutABudget() {
        assertThat(PlanChecks.withinBudget(new PlanFigures(List.of(pending("cd-53", false, 10_000, 0))), null).status())
                .isEqualTo(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void budgetCountsTheFundersAndTheOwnShareOnceAndAllowsExactlyTheBudget() {
        PlanFigures figures = new PlanFigures(List.of(pending("ars-ara", true, 15_000, 15_000), pending("cd-53", false, 10_000, 15_000)));
        assertThat(PlanChecks.withinBudget(figures, new BigDecimal("40000.00")).status()).isEqualTo(CheckStatus.PASS);
        PlanCheck over = PlanChecks.withinBudget(figures, new BigDecimal("39999.99"));
        assertThat(over.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(over.explanationEn()).startsWith("Budget exceeded: €25,000.00 from the funders and €15,000.00 from the collectivité");
    }

    @Test
    void aCancelledConventionStillCommitsWhatItPaid() {
        FundingLine cancelled = new FundingLine("cd-53", "animateurs-sante", false, Purpose.COORDINATOR_POST,
                RequestStatus.GRANTED, y(10_000), y(0), y(10_000), y(4_000), y(4_000));
        assertThat(cancelled.engaged()).containsEntry(Y, new BigDecimal("4000.00"));
        assertThat(PlanChecks.withinBudget(new PlanFigures(List.of(cancelled)), new BigDecimal("4000")).status())
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void occitaniesCoordinatorPostSharedByTheArsAndTheCollectivitePasses() {
        PlanCheck check = PlanChecks.coordinatorPostShared(new PlanFigures(List.of(shared("ars-occitanie", 20_000, 10_000))));

        assertThat(check.rule()).isEqualTo("plan-coordinator-post-shared");
        assertThat(check.status()).isEqualTo(CheckStatus.PASS);
        assertThat(check.explanationEn()).isEqualTo("Coordinator post shared by the signatories (2026: ars-occitanie, collectivité)");
    }

    @Test
    void occitaniesCoordinatorPostFundedByTheArsAloneFails() {
        PlanCheck check = PlanChecks.coordinatorPostShared(new PlanFigures(List.of(shared("ars-occitanie", 20_000, 0))));

        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.explanationEn()).isEqualTo("Coordinator post 2026 funded by 1 signatory (ars-occitanie), at least 2 required");
        assertThat(check.explanationFr()).startsWith("Poste de coordination 2026 financé par 1 signataire(s)");
    }

    @Test
    void aCoFundingDepartementCountsAsASignatoryOfThePost() {
        FundingLine departement = pending("cd-34", false, 5_000, 0);
        PlanCheck twoFunders = PlanChecks.coordinatorPostShared(new PlanFigures(List.of(shared("ars-occitanie", 20_000, 0),
                departement)));
        assertThat(twoFunders.status()).isEqualTo(CheckStatus.PASS);

        FundingLine wantsThree = new FundingLine("ars-occitanie", "coordination-cls", false, Purpose.COORDINATOR_POST,
                RequestStatus.SUBMITTED, y(20_000), y(10_000), null, null, null, 3);
        assertThat(PlanChecks.coordinatorPostShared(new PlanFigures(List.of(wantsThree))).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(PlanChecks.coordinatorPostShared(new PlanFigures(List.of(wantsThree, departement))).status())
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theSharingCheckIsNotApplicableWithoutAFunderAskingForItOrToOtherPurposes() {
        assertThat(PlanChecks.coordinatorPostShared(new PlanFigures(List.of(pending("cd-53", false, 10_000, 0)))).status())
                .isEqualTo(CheckStatus.NOT_APPLICABLE);
        FundingLine actions = new FundingLine("ars-occitanie", "coordination-cls", false, Purpose.ACTIONS,
                RequestStatus.SUBMITTED, y(20_000), null, null, null, null, 2);
        assertThat(PlanChecks.coordinatorPostShared(new PlanFigures(List.of(actions))).status())
                .isEqualTo(CheckStatus.NOT_APPLICABLE);
        FundingLine refused = new FundingLine("ars-occitanie", "coordination-cls", false, Purpose.COORDINATOR_POST,
                RequestStatus.REFUSED, y(20_000), null, null, null, null, 2);
        assertThat(PlanChecks.coordinatorPostShared(new PlanFigures(List.of(refused))).status())
                .isEqualTo(CheckStatus.NOT_APPLICABLE);
    }

    private static FundingLine shared(String funder, int asked, int own) {
        return new FundingLine(funder, "coordination-cls", false, Purpose.COORDINATOR_POST, RequestStatus.SUBMITTED, y(asked),
                own == 0 ? new TreeMap<>() : y(own), null, null, null, 2);
    }

    private static FundingLine pending(String funder, boolean parity, int asked, int own) {
        return new FundingLine(funder, "scheme", parity, Purpose.COORDINATOR_POST, RequestStatus.SUBMITTED, y(asked),
                own == 0 ? new TreeMap<>() : y(own), null, null, null);
    }

    private static SortedMap<Integer, BigDecimal> y(int amount) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        map.put(Y, BigDecimal.valueOf(amount).setScale(2));
        return map;
    }
}
