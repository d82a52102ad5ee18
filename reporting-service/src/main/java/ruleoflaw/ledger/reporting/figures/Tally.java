package ruleoflaw.ledger.reporting.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counters one department's figures are read from, year by year, as its records add to them: each figure
 * {@linkplain Figure#count counts} what a record's standing version contributes, and {@linkplain Figure#read reads}
 * its value back. A record corrected or withdrawn takes back what its earlier version added. A counter's key starts
 * with its figure's key; parts after it are separated by {@link #SEPARATOR}.
 */
public final class Tally {

    /** Between the parts of a counter's key: a character no key, name or document number holds. */
    public static final char SEPARATOR = '\u001f';

    /** Where a record's contribution goes: {@code amount} more (or less) on a counter of a year. */
    @FunctionalInterface
    public interface Adder {

        void add(int year, String key, BigDecimal amount);

        default void add(int year, String key, long amount) {
            add(year, key, BigDecimal.valueOf(amount));
        }
    }

    private final NavigableMap<Integer, SortedMap<String, BigDecimal>> years;

    public Tally() {
        this(new TreeMap<>());
    }

    private Tally(NavigableMap<Integer, SortedMap<String, BigDecimal>> years) {
        this.years = years;
    }

    /** A counter's key from parts: {@code key("x", "a", "b")} is {@code x␟a␟b}. */
    public static String key(String figure, Object... parts) {
        StringBuilder key = new StringBuilder(figure);
        for (Object part : parts) {
            key.append(SEPARATOR).append(part);
        }
        return key.toString();
    }

    /** Adds to this tally; with {@code sign} -1, takes away. */
    public Adder adder(int sign) {
        return (year, key, amount) -> add(year, key, sign < 0 ? amount.negate() : amount);
    }

    void add(int year, String key, BigDecimal amount) {
        if (amount.signum() == 0) {
            return;
        }
        SortedMap<String, BigDecimal> counters = years.computeIfAbsent(year, y -> new TreeMap<>());
        BigDecimal sum = counters.getOrDefault(key, BigDecimal.ZERO).add(amount);
        if (sum.signum() == 0) {
            counters.remove(key);
            if (counters.isEmpty()) {
                years.remove(year);
            }
        } else {
            counters.put(key, sum);
        }
    }

    /** The counter, 0 when nothing was added to it. */
    public BigDecimal amount(int year, String key) {
        SortedMap<String, BigDecimal> counters = years.get(year);
        return counters == null ? BigDecimal.ZERO : counters.getOrDefault(key, BigDecimal.ZERO);
    }

    /** The sum of a counter over every year up to {@code year}: what a figure over a span of years reads. */
    public BigDecimal upTo(int year, String key) {
        return years.headMap(year, true).values().stream().map(counters -> counters.getOrDefault(key, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The year's counters whose keys start with {@code prefix} and a separator, by the rest of their key. */
    public SortedMap<String, BigDecimal> parts(int year, String prefix) {
        SortedMap<String, BigDecimal> counters = years.get(year);
        if (counters == null) {
            return Collections.emptySortedMap();
        }
        String from = prefix + SEPARATOR;
        SortedMap<String, BigDecimal> matching = new TreeMap<>();
        counters.subMap(from, prefix + (char) (SEPARATOR + 1))
                .forEach((key, amount) -> matching.put(key.substring(from.length()), amount));
        return matching;
    }

    /** The years with counters, up to {@code year}. */
    public NavigableMap<Integer, SortedMap<String, BigDecimal>> upTo(int year) {
        return Collections.unmodifiableNavigableMap(years.headMap(year, true));
    }

    /** The year's counters, for storing them. */
    public Map<String, BigDecimal> counters(int year) {
        SortedMap<String, BigDecimal> counters = years.get(year);
        return counters == null ? Map.of() : Collections.unmodifiableMap(counters);
    }

    /** Sets a year's counters as they were stored. */
    public void put(int year, Map<String, BigDecimal> counters) {
        years.put(year, new TreeMap<>(counters));
    }
}
