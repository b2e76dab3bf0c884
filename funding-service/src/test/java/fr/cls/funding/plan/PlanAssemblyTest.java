package fr.cls.funding.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.funding.profile.ContractProfile;
import fr.cls.funding.request.Purpose;
import fr.cls.funding.request.RequestStatus;

class PlanAssemblyTest {

    static final ContractProfile CRAON = new ContractProfile(UUID.randomUUID(), "ars-pays-de-la-loire", "CLS", "CLS du Pays de Craon",
            "IN_FORCE", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "EPCI", 28_594L, List.of("53"), List.of(),
            List.of("cd-53"));

    @Test
    void laysOutEachFunderByYearAndPurposeWithTheOwnShareCountedOnceAndTotalsPerYear() {
        FundingLine ars = new FundingLine("ars-pays-de-la-loire", "cls", true, Purpose.COORDINATOR_POST, RequestStatus.GRANTED,
                amounts(2026, 15_000, 2027, 15_000), amounts(2026, 15_000, 2027, 15_000), amounts(2026, 15_000, 2027, 12_000),
                amounts(2026, 15_000, 2027, 12_000), amounts(2026, 15_000));
        FundingLine mayenne = new FundingLine("cd-53", "animateurs-sante", false, Purpose.COORDINATOR_POST, RequestStatus.SUBMITTED,
                amounts(2026, 10_000), amounts(2026, 15_000), null, null, null);
        FundingLine refused = new FundingLine("cd-53", "animateurs-sante", false, Purpose.ACTIONS, RequestStatus.REFUSED,
                amounts(2027, 9_000), amounts(2027, 50_000), new TreeMap<>(), null, null);

        FinancingPlan plan = PlanAssembly.assemble(CRAON, List.of(ars, mayenne, refused), new BigDecimal("100000.00"));

        assertThat(plan.funders()).extracting(FinancingPlan.FunderPlan::funder).containsExactly("ars-pays-de-la-loire", "cd-53");
        FinancingPlan.FunderPlan first = plan.funders().get(0);
        assertThat(first.cells()).extracting(FinancingPlan.Cell::year).containsExactly(2026, 2027);
        assertThat(first.totals()).isEqualTo(new FinancingPlan.Amounts(euros(30_000), euros(27_000), euros(27_000), euros(15_000)));
        FinancingPlan.FunderPlan second = plan.funders().get(1);
        assertThat(second.cells()).extracting(c -> c.amounts().requested()).as("a refused request asks nothing any more")
                .containsExactly(euros(10_000), euros(0));
        assertThat(plan.ownShare()).extracting(FinancingPlan.OwnShare::amount).containsExactly(euros(15_000), euros(15_000));
        assertThat(plan.ownShareTotal()).isEqualTo(euros(30_000));
        assertThat(plan.years()).extracting(y -> y.funders().requested()).containsExactly(euros(25_000), euros(15_000));
        assertThat(plan.fundersEngaged()).as("committed for the ARS, asked for the département").isEqualTo(euros(37_000));
        assertThat(plan.planTotal()).isEqualTo(euros(67_000));
        assertThat(plan.checks()).extracting(PlanCheck::rule)
                .containsExactly("plan-parity", "plan-no-double-funding", "plan-within-budget", "plan-coordinator-post-shared");
    }

    private static SortedMap<Integer, BigDecimal> amounts(int year, int amount) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        map.put(year, euros(amount));
        return map;
    }

    private static SortedMap<Integer, BigDecimal> amounts(int year, int amount, int other, int otherAmount) {
        SortedMap<Integer, BigDecimal> map = amounts(year, amount);
        map.put(other, euros(otherAmount));
        return map;
    }

    private static BigDecimal euros(int amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
