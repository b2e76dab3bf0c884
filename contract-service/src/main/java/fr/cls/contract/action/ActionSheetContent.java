package fr.cls.contract.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an action sheet says, as written by the owner (for a creation or an edit). */
public record ActionSheetContent(UUID axisId, String title, String objective, String pilot, List<String> partners,
        String targetPublic, LocalDate startDate, LocalDate endDate, BigDecimal budget, List<Indicator> indicators,
        ActionStatus status) {
}
