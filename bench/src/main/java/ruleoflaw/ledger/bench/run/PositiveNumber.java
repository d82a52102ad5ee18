package ruleoflaw.ledger.bench.run;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --events: a positive whole number, written plainly (no sign, no leading zero, no fraction). */
final class PositiveNumber implements ITypeConverter<Long> {

    static final String RULE = "--events, --seconds, --clients, --reads, --departments and --lines take positive numbers";

    @Override
    public Long convert(String value) {
        if (!value.matches("[1-9][0-9]{0,17}")) {
            throw new TypeConversionException(RULE + ", not '" + value + "'");
        }
        return Long.parseLong(value);
    }

    /** --seconds, --clients, --reads, --departments: the same, and at most {@link Integer#MAX_VALUE}. */
    static final class Count implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            long number = new PositiveNumber().convert(value);
            if (number > Integer.MAX_VALUE) {
                throw new TypeConversionException(RULE + " up to " + Integer.MAX_VALUE + ", not '" + value + "'");
            }
            return (int) number;
        }
    }
}
