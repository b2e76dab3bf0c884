package fr.cls.contract.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An action sheet (fiche action) was created, edited, or had an indicator measured; the type says which.
 *
 * @param status PLANNED, IN_PROGRESS, DONE or ABANDONED
 * @param budget euros, scale 2
 * @param funderPlans the funders' plans the action is aligned with, as "funder/code" (e.g.
 *                    cd-53/bien-vieillir-en-mayenne); null from producers that predate the field
 */
public record ActionSheetChangedV1(UUID contractId, UUID actionSheetId, UUID axisId, String title, String status,
        BigDecimal budget, List<String> funderPlans) {

    /** Without funder plans (not known to the producer). */
    public ActionSheetChangedV1(UUID contractId, UUID actionSheetId, UUID axisId, String title, String status,
            BigDecimal budget) {
        this(contractId, actionSheetId, axisId, title, status, budget, null);
    }

    public static final String TYPE_CREATED = "cls.contract.action-sheet-created.v1";
    public static final String TYPE_UPDATED = "cls.contract.action-sheet-updated.v1";
    public static final String TYPE_MEASURED = "cls.contract.action-sheet-measured.v1";
}
