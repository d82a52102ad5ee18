package ruleoflaw.ledger.reporting.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a year beside the year before, both as known at the same moment; a figure the year before did not
 * have (a campaign first held this year) was 0 then.
 */
public record Comparison(int year, int previousYear, Instant asOf, List<FigureChange> figures) {

    public static Comparison of(int year, Instant asOf, Map<String, Number> values, Map<String, Number> previous) {
        return new Comparison(year, year - 1, asOf, values.entrySet().stream()
                .map(figure -> FigureChange.of(figure.getKey(), figure.getValue(),
                        previous.getOrDefault(figure.getKey(), 0)))
                .toList());
    }
}
