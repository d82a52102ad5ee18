package ruleoflaw.ledger.reporting.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonInclude;

import ruleoflaw.ledger.reporting.document.FigureNames;

/**
 * A figure of the year beside the year before: the change, and the change as a percentage of the year before with
 * one decimal (none when the year before was 0).
 */
public record FigureChange(String key, String name, Number value, Number previous, Number change,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double changePct) {

    public static FigureChange of(String key, Number value, Number previous) {
        Number now = value == null ? 0 : value;
        Number before = previous == null ? 0 : previous;
        BigDecimal difference = decimal(now).subtract(decimal(before));
        Number change = whole(now) && whole(before) ? (Number) difference.longValueExact()
                : (Number) difference.setScale(1, RoundingMode.HALF_UP).doubleValue();
        Double changePct = decimal(before).signum() == 0 ? null
                : difference.multiply(BigDecimal.valueOf(100))
                        .divide(decimal(before).abs(), 1, RoundingMode.HALF_UP).doubleValue();
        return new FigureChange(key, FigureNames.of(key), now, before, change, changePct);
    }

    private static BigDecimal decimal(Number number) {
        return new BigDecimal(number.toString());
    }

    private static boolean whole(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short;
    }
}
