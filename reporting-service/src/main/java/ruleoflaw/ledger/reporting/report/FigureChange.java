package ruleoflaw.ledger.reporting.report;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A figure whose value now differs from the one a published revision stated (null: the figure was not there). */
public record FigureChange(String key, Number published, Number current) {

    /** The figures of {@code current} that differ from {@code published}, in {@code current}'s order. */
    public static List<FigureChange> between(Map<String, Number> published, Map<String, Number> current) {
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(published.keySet());
        return keys.stream()
                .filter(key -> !same(published.get(key), current.get(key)))
                .map(key -> new FigureChange(key, published.get(key), current.get(key)))
                .toList();
    }

    /** 3, 3L and 3.0 are the same figure: values are compared as numbers, not by their Java type. */
    private static boolean same(Number a, Number b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
}
