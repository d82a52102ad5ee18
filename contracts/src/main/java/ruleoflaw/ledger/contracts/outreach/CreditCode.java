package ruleoflaw.ledger.contracts.outreach;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z), the last one the check character of the first 17.
 * Lower case is accepted (a visit keeps the code in upper case); {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    String message() default "must be an 18-character unified social credit code with a valid check character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of GB 32100-2015, for a visit's rules (normalizing) and for tests. */
    final class Check {

        static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

        /** The weights of the first 17 characters: 3^i mod 31. */
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        private Check() {
        }

        /** The code as stored: without surrounding blanks, in upper case. */
        public static String normalized(String code) {
            return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        }

        /** Whether {@code code} is a well-formed code whose 18th character is the check character of the first 17. */
        public static boolean valid(String code) {
            String normalized = normalized(code);
            if (normalized == null || normalized.length() != 18) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int value = CHARSET.indexOf(normalized.charAt(i));
                if (value < 0) {
                    return false;
                }
                sum += value * WEIGHTS[i];
            }
            int check = 31 - sum % 31;
            return normalized.charAt(17) == CHARSET.charAt(check == 31 ? 0 : check);
        }
    }

    class Validator implements ConstraintValidator<CreditCode, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || Check.valid(code);
        }
    }
}
