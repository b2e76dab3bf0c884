package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sums the checks read, slot by slot. The collectivité declares its own share in each request; the same euros
 * are declared to every funder asked for the same purpose and year, so they are counted once (the largest
 * declaration), never added.
 */
final class PlanFigures {

    private final List<FundingLine> lines;

    PlanFigures(List<FundingLine> lines) {
        this.lines = List.copyOf(lines);
    }

    List<FundingLine> lines() {
        return lines;
    }

    /** The collectivité's own share per slot: the largest it declared in a live request for that slot. */
    SortedMap<Slot, BigDecimal> ownShare() {
        SortedMap<Slot, BigDecimal> share = new TreeMap<>();
        lines.stream().filter(FundingLine::live).forEach(line -> line.ownShare().forEach((year, amount) ->
                share.merge(new Slot(year, line.purpose()), amount, BigDecimal::max)));
        return share;
    }

    /** What an item costs as declared: the largest "asked of the funder + own share" among its live requests. */
    SortedMap<Slot, BigDecimal> declaredCost() {
        SortedMap<Slot, BigDecimal> cost = new TreeMap<>();
        lines.stream().filter(FundingLine::live).forEach(line -> line.requested().forEach((year, amount) ->
                cost.merge(new Slot(year, line.purpose()), amount.add(FundingLine.at(line.ownShare(), year)), BigDecimal::max)));
        return cost;
    }

    /** Per slot, per funder: the funders' engaged amounts (see {@link FundingLine#engaged()}), positive ones only. */
    SortedMap<Slot, SortedMap<String, BigDecimal>> engaged() {
        SortedMap<Slot, SortedMap<String, BigDecimal>> engaged = new TreeMap<>();
        for (FundingLine line : lines) {
            line.engaged().forEach((year, amount) -> {
                if (amount.signum() > 0) {
                    engaged.computeIfAbsent(new Slot(year, line.purpose()), s -> new TreeMap<>())
                            .merge(line.funder(), amount, BigDecimal::add);
                }
            });
        }
        return engaged;
    }

    static BigDecimal sum(Map<?, BigDecimal> amounts) {
        return amounts.values().stream().reduce(FundingLine.ZERO, BigDecimal::add);
    }
}
