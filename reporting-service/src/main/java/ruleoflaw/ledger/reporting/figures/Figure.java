package ruleoflaw.ledger.reporting.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    static Figure of(String key, Function<List<RecordVersion>, Result> computation) {
        return new Figure() {
            public String key() {
                return key;
            }

            public Result compute(List<RecordVersion> records) {
                return computation.apply(records);
            }
        };
    }

    /** A figure that also looks at records of other years (given only the year's records, it sees only those). */
    static Figure lookingBack(String key, BiFunction<List<RecordVersion>, Ledger, Result> computation) {
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
        };
    }

    /** How many records of a type match. */
    static Figure count(String key, String type, Predicate<RecordVersion> matching) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, matching);
            return new Result(evidence.size(), evidence);
        });
    }

    /** The total of a count field over the records of a type that match; unknown when one of them leaves it unstated. */
    static Figure sum(String key, String type, Predicate<RecordVersion> matching, String field) {
        return of(key, records -> {
            List<RecordVersion> evidence = select(records, type, matching);
            if (!allState(evidence, field)) {
                return new Result(null, evidence);
            }
            return new Result(Math.round(evidence.stream().mapToDouble(r -> r.factNumber(field)).sum()), evidence);
        });
    }

    /** How many distinct values the records of a type name (e.g. the laws studied). */
    static Figure distinct(String key, String type, Function<RecordVersion, Collection<String>> values) {
        return of(key, records -> {
            Set<String> seen = new LinkedHashSet<>();
            List<RecordVersion> evidence = select(records, type, r -> !values.apply(r).isEmpty());
            evidence.forEach(r -> seen.addAll(values.apply(r)));
            return new Result(seen.size(), evidence);
        });
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
        });
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
            double weights = evidence.stream().mapToDouble(r -> r.factNumber(weight)).sum();
            if (weights == 0) {
                return new Result(0.0, evidence);
            }
            double sum = evidence.stream().mapToDouble(r -> r.factNumber(field) * r.factNumber(weight)).sum();
            return new Result(BigDecimal.valueOf(sum / weights).setScale(1, RoundingMode.HALF_UP).doubleValue(), evidence);
        });
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
