package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.cls.funding.profile.ContractProfile;

/** Lays the lines out funder by funder, slot by slot, with the totals and the checks. */
final class PlanAssembly {

    private PlanAssembly() {
    }

    static FinancingPlan assemble(ContractProfile contract, List<FundingLine> lines, BigDecimal budget) {
        PlanFigures figures = new PlanFigures(lines);
        SortedMap<String, SortedMap<Slot, FinancingPlan.Amounts>> byFunder = new TreeMap<>();
        SortedMap<String, TreeSet<String>> schemes = new TreeMap<>();
        for (FundingLine line : lines) {
            SortedMap<Slot, FinancingPlan.Amounts> cells = byFunder.computeIfAbsent(line.funder(), f -> new TreeMap<>());
            schemes.computeIfAbsent(line.funder(), f -> new TreeSet<>()).add(line.schemeCode());
            TreeSet<Integer> years = new TreeSet<>(line.requested().keySet());
            years.addAll(line.granted().keySet());
            years.addAll(line.paid().keySet());
            if (line.committed() != null) {
                years.addAll(line.committed().keySet());
            }
            for (int year : years) {
                FinancingPlan.Amounts amounts = new FinancingPlan.Amounts(
                        line.live() ? FundingLine.at(line.requested(), year) : FundingLine.ZERO,
                        FundingLine.at(line.granted(), year), FundingLine.at(line.committed(), year),
                        FundingLine.at(line.paid(), year));
                cells.merge(new Slot(year, line.purpose()), amounts, FinancingPlan.Amounts::plus);
            }
        }
        List<FinancingPlan.FunderPlan> funders = new ArrayList<>();
        SortedMap<Integer, FinancingPlan.Amounts> perYear = new TreeMap<>();
        FinancingPlan.Amounts all = FinancingPlan.Amounts.NONE;
        for (Map.Entry<String, SortedMap<Slot, FinancingPlan.Amounts>> funder : byFunder.entrySet()) {
            FinancingPlan.Amounts total = FinancingPlan.Amounts.NONE;
            List<FinancingPlan.Cell> cells = new ArrayList<>();
            for (Map.Entry<Slot, FinancingPlan.Amounts> cell : funder.getValue().entrySet()) {
                cells.add(new FinancingPlan.Cell(cell.getKey().year(), cell.getKey().purpose().name(), cell.getValue()));
                total = total.plus(cell.getValue());
                perYear.merge(cell.getKey().year(), cell.getValue(), FinancingPlan.Amounts::plus);
            }
            all = all.plus(total);
            funders.add(new FinancingPlan.FunderPlan(funder.getKey(), List.copyOf(schemes.get(funder.getKey())), cells, total));
        }
        SortedMap<Slot, BigDecimal> own = figures.ownShare();
        SortedMap<Integer, BigDecimal> ownPerYear = new TreeMap<>();
        own.forEach((slot, amount) -> ownPerYear.merge(slot.year(), amount, BigDecimal::add));
        TreeSet<Integer> years = new TreeSet<>(perYear.keySet());
        years.addAll(ownPerYear.keySet());
        List<FinancingPlan.YearTotals> yearTotals = years.stream().map(year -> new FinancingPlan.YearTotals(year,
                perYear.getOrDefault(year, FinancingPlan.Amounts.NONE), ownPerYear.getOrDefault(year, FundingLine.ZERO))).toList();
        BigDecimal ownTotal = PlanFigures.sum(own);
        BigDecimal engaged = figures.engaged().values().stream().map(PlanFigures::sum).reduce(FundingLine.ZERO, BigDecimal::add);
        return new FinancingPlan(contract.contractId(), contract.title(), contract.ownerTenantId(), contract.partyTenants(),
                funders, own.entrySet().stream().map(e -> new FinancingPlan.OwnShare(e.getKey().year(),
                        e.getKey().purpose().name(), e.getValue())).toList(),
                yearTotals, all, ownTotal, engaged, engaged.add(ownTotal), budget, PlanChecks.all(figures, budget));
    }
}
