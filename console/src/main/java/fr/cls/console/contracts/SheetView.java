package fr.cls.console.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A fiche action, as the console lists it (the edit form reads the full answer). */
public record SheetView(UUID id, UUID axisId, String title, String objective, String pilot, LocalDate startDate,
        LocalDate endDate, BigDecimal budget, String status, long version) {

    public String statusLabel() {
        return Labels.sheetStatus(status);
    }
}
