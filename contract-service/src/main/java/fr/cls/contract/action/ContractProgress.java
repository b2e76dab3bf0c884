package fr.cls.contract.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contract's tableau de bord: its action sheets by status, its budget, and each indicator's latest measure
 * against its target.
 *
 * @param budget total of the sheets' budgets, euros
 */
public record ContractProgress(Map<ActionStatus, Long> sheetsByStatus, BigDecimal budget, List<IndicatorProgress> indicators) {

    /** @param reached latest measure / target, in percent (2 decimals); null without target or measure */
    public record IndicatorProgress(UUID sheetId, String sheet, String indicator, String unit, BigDecimal target,
            Integer latestYear, BigDecimal latestValue, BigDecimal reached) {
    }

    static ContractProgress of(List<ActionSheet> sheets) {
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, 0L);
        }
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        List<IndicatorProgress> indicators = new ArrayList<>();
        for (ActionSheet sheet : sheets) {
            byStatus.merge(sheet.status(), 1L, Long::sum);
            budget = budget.add(sheet.budget());
            for (Indicator indicator : sheet.indicators()) {
                Map.Entry<Integer, BigDecimal> latest = indicator.measured().entrySet().stream()
                        .max(Map.Entry.comparingByKey()).orElse(null);
                BigDecimal reached = latest == null || indicator.targetValue() == null
                        || indicator.targetValue().signum() == 0 ? null
                        : latest.getValue().multiply(BigDecimal.valueOf(100)).divide(indicator.targetValue(), 2, RoundingMode.HALF_UP);
                indicators.add(new IndicatorProgress(sheet.id(), sheet.title(), indicator.name(), indicator.unit(),
                        indicator.targetValue(), latest == null ? null : latest.getKey(),
                        latest == null ? null : latest.getValue(), reached));
            }
        }
        return new ContractProgress(byStatus, budget, indicators);
    }
}
