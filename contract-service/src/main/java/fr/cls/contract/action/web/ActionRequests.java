package fr.cls.contract.action.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import fr.cls.contract.action.ActionSheetContent;
import fr.cls.contract.action.ActionStatus;
import fr.cls.contract.action.Indicator;
import fr.cls.contract.action.IndicatorValue;

/** Bodies of the writes. Money is euros with at most two decimals, never negative (else 400 naming the field). */
final class ActionRequests {

    static final String PLAN_REFERENCE = "[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*";

    private ActionRequests() {
    }

    record NewAxis(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 300) String title,
            @NotNull @PositiveOrZero Integer order) {
    }

    record IndicatorBody(@NotBlank @Size(max = 300) String name, @Size(max = 50) String unit, BigDecimal targetValue,
            Map<Integer, BigDecimal> measured) {

        Indicator toIndicator() {
            return new Indicator(name, unit, targetValue, measured);
        }
    }

    record Sheet(@NotNull UUID axisId, @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 5000) String objective,
            @NotBlank @Size(max = 300) String pilot, List<@NotBlank @Size(max = 300) String> partners,
            @Size(max = 1000) String targetPublic, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal budget,
            List<@Valid IndicatorBody> indicators, ActionStatus status,
            @Size(max = 20) List<@NotNull @Pattern(regexp = PLAN_REFERENCE, message = "must be a funder plan as funder/code,"
                    + " e.g. cd-53/plan-ambition-sante-53") String> funderPlans) {

        ActionSheetContent content() {
            return new ActionSheetContent(axisId, title, objective, pilot, partners, targetPublic, startDate, endDate,
                    budget, indicators == null ? List.of() : indicators.stream().map(IndicatorBody::toIndicator).toList(),
                    status, funderPlans);
        }
    }

    record Measurement(@NotBlank String indicator, @NotNull Integer year, @NotNull BigDecimal value) {
    }

    record Planning(@NotNull List<@NotNull UUID> actionSheetIds) {
    }

    record Step(LocalDate on) {
    }

    record IndicatorValueBody(@NotNull UUID actionSheetId, @NotBlank String indicator, @NotNull BigDecimal value) {

        IndicatorValue toValue() {
            return new IndicatorValue(actionSheetId, indicator, value);
        }
    }

    record Report(@Size(max = 20000) String achievements, List<@Valid IndicatorValueBody> indicatorValues,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal creditsUsed) {

        List<IndicatorValue> values() {
            return indicatorValues == null ? List.of() : indicatorValues.stream().map(IndicatorValueBody::toValue).toList();
        }
    }

    record NewAmendment(@NotBlank @Size(max = 20000) String changes, @NotNull LocalDate signedOn) {
    }
}
