package fr.cls.contract.action;

import java.math.BigDecimal;
import java.util.UUID;

/** A value an annual report gives for one indicator of one action sheet. */
public record IndicatorValue(UUID actionSheetId, String indicator, BigDecimal value) {
}
