package fr.cls.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An amount of euros as a request may carry it: from 0 to 999,999,999,999.99 with at most two decimals. Checked with
 * the request, so that a wrong amount is a 400 naming it (e.g. {@code ownShareByYear[2027]}) before any rule is asked.
 * Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Euros.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Euros {

    String message() default "must be an amount in euros from 0 to 999999999999.99 with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule: sign, cents and size of an amount. */
    final class Validator implements ConstraintValidator<Euros, BigDecimal> {

        private static final BigDecimal MAX = new BigDecimal("999999999999.99");

        @Override
        public boolean isValid(BigDecimal amount, ConstraintValidatorContext context) {
            return amount == null || amount.signum() >= 0 && amount.compareTo(MAX) <= 0
                    && amount.stripTrailingZeros().scale() <= 2;
        }
    }
}
