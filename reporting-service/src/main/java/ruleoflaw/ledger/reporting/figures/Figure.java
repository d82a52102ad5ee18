package ruleoflaw.ledger.reporting.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/** One figure of the catalog: how its value and its evidence come out of the year's records. */
public interface Figure {

    String key();

    /** The figure from the year's records alone. */
    Result compute(List<RecordVersion> records);

    /**
     * The figure from the year's records, for a figure that also looks at records of other years in {@code ledger}.
     * Most figures need only the year's records; see {@link #lookingBack}.
     */
    default Result compute(List<RecordVersion> records, Ledger ledger) {
        return compute(records);
    }

    /**
     * What the record, standing in this version, adds to the counters the figure is {@linkplain #read read} from,
     * in whichever years it counts in: the figure kept as each event arrives ({@link Tally}).
     */
    void count(RecordVersion record, Tally.Adder add);

    /** The figure of {@code year} from the department's counters: equal to {@link #compute} over the same records. */
    Number read(int year, Tally tally);

    /** How a figure computed by a function of its own is kept as events arrive. */
    interface Kept {

        void count(RecordVersion record, Tally.Adder add);

        Number read(int year, Tally tally);

        static Kept of(BiConsumer<RecordVersion, Tally.Adder> count,
                BiFunction<Integer, Tally, Number> read) {
            return new Kept() {
                public void count(RecordVersion record, Tally.Adder add) {
                    count.accept(record, add);
                }

                public Number read(int year, Tally tally) {
                    return read.apply(year, tally);
                }
            };
        }
    }

    /** The ledger beyond the year, as known at the moment the figures are asked for. */
    interface Ledger {

        /** The year whose figures are being computed. */
        int year();

        /** Every record of the type, whatever its year, in its latest version; withdrawn ones left out. */
        List<RecordVersion> ofType(String type);

        static Ledger of(int year, Function<String, List<RecordVersion>> ofType) {
            return new Ledger() {
                public int year() {
                    return year;
                }

                public List<RecordVersion> ofType(String type) {
                    return ofType.apply(type);
                }
            };
        }

        /** Only the given records (of one year): what a figure looking back sees when it is given nothing else. */
        static Ledger of(List<RecordVersion> records) {
            return of(records.isEmpty() ? 0 : records.get(0).year(), type -> select(records, type, record -> true));
        }
    }

    /**
     * A figure's value and the records behind it. The value is {@code null} when it is not known: a record it is built
     * from leaves a count unstated (a session without its attendance), so the figure cannot be said, not even as 0.
     */
    record Result(Number value, List<RecordVersion> evidence) {
    }

    static Figure of(String key, Function<List<RecordVersion>, Result> computation, Kept kept) {
        return lookingBack(key, (records, ledger) -> computation.apply(records), kept);
    }

    /** A figure that also looks at records of other years (given only the year's records, it sees only those). */
    static Figure lookingBack(String key, BiFunction<List<RecordVersion>, Ledger, Result> computation, Kept kept) {
        return new Figure() {
            public String key() {
                return key;
            }

            public Result compute(List<RecordVersion> records) {
                return computation.apply(records, Ledger.of(records));
            }

            @Override
            public Result compute(List<RecordVersion> records, Ledger ledger) {
                return computation.apply(records, ledger);
            }

            public void count(RecordVersion record, Tally.Adder add) {
                kept.count(record, add);
            }

            public Number read(int year, Tally tally) {
                return kept.read(year, tally);
            }
        };
    }

    /** How many records of a type match. */
    static Figure count(String key, String type, Predicate<RecordVersion> matching) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, matching);
            return new Result(evidence.size(), evidence);
        }, Kept.of((record, add) -> {
            if (is(record, type, matching)) {
                add.add(record.year(), key, 1);
            }
        }, (year, tally) -> tally.amount(year, key).intValue()));
    }

    /**
     * How many records of a type that match counted in a year other than their own: the year {@code in} names (a
     * case in the year it was concluded), none when it names none.
     */
    static Figure countIn(String key, String type, Predicate<RecordVersion> matching,
            Function<RecordVersion, Integer> in, BiFunction<List<RecordVersion>, Ledger, Result> computation) {
        return lookingBack(key, computation, Kept.of((record, add) -> {
            Integer year = is(record, type, matching) ? in.apply(record) : null;
            if (year != null) {
                add.add(year, key, 1);
            }
        }, (year, tally) -> tally.amount(year, key).intValue()));
    }

    /**
     * How many records of a type that match are open at the end of a year: from the year {@code from} names up to,
     * not including, the year {@code until} names (none: still open). Kept as the steps up and down by year.
     */
    static Figure open(String key, String type, Predicate<RecordVersion> matching, Function<RecordVersion, Integer> from,
            Function<RecordVersion, Integer> until, BiFunction<List<RecordVersion>, Ledger, Result> computation) {
        String step = Tally.key(key, "step");
        return lookingBack(key, computation, Kept.of((record, add) -> {
            if (!is(record, type, matching)) {
                return;
            }
            int start = from.apply(record);
            Integer end = until.apply(record);
            if (end == null || end > start) {
                add.add(start, step, 1);
                if (end != null) {
                    add.add(end, step, -1);
                }
            }
        }, (year, tally) -> tally.upTo(year, step).intValue()));
    }

    /** The total of a count field over the records of a type that match; unknown when one of them leaves it unstated. */
    static Figure sum(String key, String type, Predicate<RecordVersion> matching, String field) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, matching);
            if (!allState(evidence, field)) {
                return new Result(null, evidence);
            }
            return new Result(Math.round(evidence.stream().mapToDouble(r -> r.factNumber(field)).sum()), evidence);
        }, Kept.of((record, add) -> {
            if (is(record, type, matching)) {
                addStated(record, field, add, key);
                if (!(record.fact(field) instanceof Number)) {
                    add.add(record.year(), unknown(key), 1);
                }
            }
        }, (year, tally) -> known(year, tally, key) ? Math.round(tally.amount(year, key).doubleValue()) : null));
    }

    /** How many distinct values the records of a type name (e.g. the laws studied). */
    static Figure distinct(String key, String type, Function<RecordVersion, Collection<String>> values) {
        return of(key, records -> {
            Set<String> seen = new LinkedHashSet<>();
            List<RecordVersion> evidence = select(records, type, r -> !values.apply(r).isEmpty());
            evidence.forEach(r -> seen.addAll(values.apply(r)));
            return new Result(seen.size(), evidence);
        }, Kept.of((record, add) -> {
            if (record.type().equals(type)) {
                new LinkedHashSet<>(values.apply(record)).forEach(value -> add.add(record.year(), Tally.key(key, value), 1));
            }
        }, (year, tally) -> tally.parts(year, key).size()));
    }

    /**
     * Σ part / Σ whole over the records of a type that match, as a percentage with one decimal (0 when there is no
     * whole); unknown when one of them leaves the part or the whole unstated.
     */
    static Figure percentage(String key, String type, String part, String whole) {
        return percentage(key, type, r -> true, part, whole);
    }

    static Figure percentage(String key, String type, Predicate<RecordVersion> matching, String part, String whole) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, matching);
            if (!allState(evidence, part) || !allState(evidence, whole)) {
                return new Result(null, evidence);
            }
            double parts = evidence.stream().mapToDouble(r -> r.factNumber(part)).sum();
            double wholes = evidence.stream().mapToDouble(r -> r.factNumber(whole)).sum();
            return new Result(percent(parts, wholes), evidence);
        }, Kept.of((record, add) -> {
            if (is(record, type, matching)) {
                addStated(record, part, add, Tally.key(key, "part"));
                addStated(record, whole, add, Tally.key(key, "whole"));
                if (!(record.fact(part) instanceof Number) || !(record.fact(whole) instanceof Number)) {
                    add.add(record.year(), unknown(key), 1);
                }
            }
        }, (year, tally) -> known(year, tally, key) ? percent(tally.amount(year, Tally.key(key, "part")).doubleValue(),
                tally.amount(year, Tally.key(key, "whole")).doubleValue()) : null));
    }

    /**
     * The mean of a field over the records of a type, each weighing as much as its {@code weight} field says (an exam's
     * average score by its participants), with one decimal; 0 when nothing was weighed (no exam, nobody sat it), as
     * any figure is where nothing happened; unknown when a record leaves either unstated.
     */
    static Figure weightedMean(String key, String type, String field, String weight) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, r -> true);
            if (!allState(evidence, field) || !allState(evidence, weight)) {
                return new Result(null, evidence);
            }
            BigDecimal weights = evidence.stream().map(r -> decimal(r.fact(weight))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sum = evidence.stream().map(r -> decimal(r.fact(field)).multiply(decimal(r.fact(weight))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Result(mean(sum, weights), evidence);
        }, Kept.of((record, add) -> {
            if (record.type().equals(type)) {
                if (record.fact(field) instanceof Number value && record.fact(weight) instanceof Number weighing) {
                    add.add(record.year(), Tally.key(key, "sum"), decimal(value).multiply(decimal(weighing)));
                    add.add(record.year(), Tally.key(key, "weight"), decimal(weighing));
                } else {
                    add.add(record.year(), unknown(key), 1);
                }
            }
        }, (year, tally) -> known(year, tally, key)
                ? mean(tally.amount(year, Tally.key(key, "sum")), tally.amount(year, Tally.key(key, "weight"))) : null));
    }

    /** Σ value × weight / Σ weight with one decimal, exactly; 0 when nothing was weighed. */
    private static Double mean(BigDecimal sum, BigDecimal weights) {
        return weights.signum() == 0 ? 0.0 : sum.divide(weights, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A stated count or score as an exact decimal; 0 when it is not a number. */
    static BigDecimal decimal(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return value instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
    }

    private static void addStated(RecordVersion record, String field, Tally.Adder add, String key) {
        if (record.fact(field) instanceof Number value) {
            add.add(record.year(), key, decimal(value));
        }
    }

    private static String unknown(String key) {
        return Tally.key(key, "unstated");
    }

    /** Whether no counted record of the year leaves a count unstated. */
    private static boolean known(int year, Tally tally, String key) {
        return tally.amount(year, unknown(key)).signum() == 0;
    }

    static boolean is(RecordVersion record, String type, Predicate<RecordVersion> matching) {
        return record.type().equals(type) && matching.test(record);
    }

    /** Whether every record states {@code field} (a number, not left out). */
    static boolean allState(List<RecordVersion> records, String field) {
        return records.stream().allMatch(r -> r.fact(field) instanceof Number);
    }

    static double percent(double part, double whole) {
        return whole == 0 ? 0.0
                : BigDecimal.valueOf(100 * part / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static Predicate<RecordVersion> factIn(String fact, String... values) {
        Set<String> accepted = Set.of(values);
        return record -> accepted.contains(String.valueOf(record.fact(fact)));
    }

    static List<RecordVersion> select(List<RecordVersion> records, String type, Predicate<RecordVersion> matching) {
        return records.stream().filter(r -> r.type().equals(type) && matching.test(r)).toList();
    }
}
