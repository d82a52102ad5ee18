package ruleoflaw.ledger.contracts.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;


/**
 * When something happened: from 2000 up to today in China Standard Time (nothing is recorded before it happens).
 * "Today" is the validation's clock ({@code ClockProvider}), which a service sets to its own {@code Clock}.
 */
@Documented
@Constraint(validatedBy = BusinessDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessDate {

    String message() default "must be a date from 2000-01-01 up to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    class Validator implements ConstraintValidator<BusinessDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null
                    || (!date.isBefore(EARLIEST) && !date.isAfter(ChinaTime.today(context.getClockProvider().getClock())));
        }
    }
}
