package fr.cls.contract.action;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Domain event: an action sheet was written, rewritten or had an indicator measured; what it says now. */
record ActionSheetChanged(How how, UUID contractId, UUID sheetId, UUID axisId, String title, ActionStatus status,
        BigDecimal budget, List<String> funderPlans) {

    enum How {
        CREATED, EDITED, MEASURED
    }
}
