package ruleoflaw.ledger.reporting.figures;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/** One figure of the catalog: how its value and its evidence come out of the year's records. */
public interface Figure {

    String key();

    Result compute(List<RecordVersion> records);

    /** A figure's value and the records behind it. */
    record Result(Number value, List<RecordVersion> evidence) {
    }

    /** Counts the records of a type that match. */
    static Figure count(String key, String type, Predicate<RecordVersion> matching) {
        return new Figure() {
            public String key() {
                return key;
            }

            public Result compute(List<RecordVersion> records) {
                List<RecordVersion> evidence = records.stream()
                        .filter(r -> r.type().equals(type) && matching.test(r)).toList();
                return new Result(evidence.size(), evidence);
            }
        };
    }

    /** Counts the distinct values the records of a type name (e.g. the laws studied). */
    static Figure distinct(String key, String type, Function<RecordVersion, Collection<String>> values) {
        return new Figure() {
            public String key() {
                return key;
            }

            public Result compute(List<RecordVersion> records) {
                Set<String> seen = new LinkedHashSet<>();
                List<RecordVersion> evidence = records.stream()
                        .filter(r -> r.type().equals(type) && !values.apply(r).isEmpty())
                        .peek(r -> seen.addAll(values.apply(r)))
                        .toList();
                return new Result(seen.size(), evidence);
            }
        };
    }

    static Predicate<RecordVersion> factIn(String fact, String... values) {
        Set<String> accepted = Set.of(values);
        return record -> accepted.contains(String.valueOf(record.fact(fact)));
    }
}
