package fr.cls.funding.request.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date a funding question can be about: from 2000 to 2099 (absent is valid), so that a typo is a 400, not a surprise. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
@interface PlausibleDate {

    String message() default "must be a date from 2000-01-01 to 2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

        private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
        private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !(value.isBefore(FIRST) || value.isAfter(LAST));
        }
    }
}
