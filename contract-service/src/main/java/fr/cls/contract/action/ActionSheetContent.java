package fr.cls.contract.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an action sheet says, as written by the owner (for a creation or an edit).
 *
 * @param funderPlans the funders' plans the action is aligned with, as "funder/code" (e.g. cd-53/plan-ambition-sante-53)
 */
public record ActionSheetContent(UUID axisId, String title, String objective, String pilot, List<String> partners,
        String targetPublic, LocalDate startDate, LocalDate endDate, BigDecimal budget, List<Indicator> indicators,
        ActionStatus status, List<String> funderPlans) {

    public ActionSheetContent {
        funderPlans = funderPlans == null ? List.of() : funderPlans.stream().distinct().toList();
    }

    /** Aligned with no funder plan. */
    public ActionSheetContent(UUID axisId, String title, String objective, String pilot, List<String> partners,
            String targetPublic, LocalDate startDate, LocalDate endDate, BigDecimal budget, List<Indicator> indicators,
            ActionStatus status) {
        this(axisId, title, objective, pilot, partners, targetPublic, startDate, endDate, budget, indicators, status, null);
    }
}
