package fr.cls.contract.action.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import fr.cls.contract.action.ActionSheetContent;
import fr.cls.contract.action.ActionStatus;
import fr.cls.contract.action.Indicator;
import fr.cls.contract.action.IndicatorValue;
import fr.cls.platform.web.Euros;

/** Bodies of the writes. Money is euros with at most two decimals, never negative (else 400 naming the field). */
final class ActionRequests {

    static final String PLAN_REFERENCE = "[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*";

    private ActionRequests() {
    }

    record NewAxis(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 300) String title,
            @NotNull @PositiveOrZero Integer order) {
    }

    record IndicatorBody(@NotBlank @Size(max = 300) String name, @Size(max = 50) String unit,
            @Digits(integer = 15, fraction = 4) BigDecimal targetValue,
            Map<@NotNull @Range(min = 2000, max = 2100) Integer, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal> measured) {

        Indicator toIndicator() {
            return new Indicator(name, unit, targetValue, measured);
        }
    }

    record Sheet(@NotNull UUID axisId, @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 5000) String objective,
            @NotBlank @Size(max = 300) String pilot, @Size(max = 100) List<@NotBlank @Size(max = 300) String> partners,
            @Size(max = 1000) String targetPublic, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
            @NotNull @Euros BigDecimal budget,
            @Size(max = 100) List<@Valid IndicatorBody> indicators, ActionStatus status,
            @Size(max = 20) List<@NotNull @Pattern(regexp = PLAN_REFERENCE, message = "must be a funder plan as funder/code,"
                    + " e.g. cd-53/plan-ambition-sante-53") String> funderPlans) {

        ActionSheetContent content() {
            return new ActionSheetContent(axisId, title, objective, pilot, partners, targetPublic, startDate, endDate,
                    budget, indicators == null ? List.of() : indicators.stream().map(IndicatorBody::toIndicator).toList(),
                    status, funderPlans);
        }
    }

    record Measurement(@NotBlank @Size(max = 300) String indicator, @NotNull @Range(min = 2000, max = 2100) Integer year,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value) {
    }

    record Planning(@NotNull @Size(max = 1000) List<@NotNull UUID> actionSheetIds) {
    }

    record Step(LocalDate on) {
    }

    record IndicatorValueBody(@NotNull UUID actionSheetId, @NotBlank @Size(max = 300) String indicator,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value) {

        IndicatorValue toValue() {
            return new IndicatorValue(actionSheetId, indicator, value);
        }
    }

    record Report(@Size(max = 20000) String achievements, @Size(max = 1000) List<@Valid IndicatorValueBody> indicatorValues,
            @NotNull @Euros BigDecimal creditsUsed) {

        List<IndicatorValue> values() {
            return indicatorValues == null ? List.of() : indicatorValues.stream().map(IndicatorValueBody::toValue).toList();
        }
    }

    record NewAmendment(@NotBlank @Size(max = 20000) String changes, @NotNull LocalDate signedOn) {
    }
}
