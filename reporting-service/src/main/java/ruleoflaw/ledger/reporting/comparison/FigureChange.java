package ruleoflaw.ledger.reporting.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonInclude;

import ruleoflaw.ledger.reporting.document.FigureNames;

/**
 * A figure of the year beside the year before: the change, and the change as a percentage of the year before with
 * one decimal (none when the year before was 0). A figure not known in either year (a count left unstated) has no
 * change: value or previous is null, and so are the change and its percentage.
 */
public record FigureChange(String key, String name, @JsonInclude(JsonInclude.Include.ALWAYS) Number value,
        @JsonInclude(JsonInclude.Include.ALWAYS) Number previous, @JsonInclude(JsonInclude.Include.ALWAYS) Number change,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double changePct) {

    public static FigureChange of(String key, Number value, Number previous) {
        if (value == null || previous == null) {
            return new FigureChange(key, FigureNames.of(key), value, previous, null, null);
        }
        Number now = value;
        Number before = previous;
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
