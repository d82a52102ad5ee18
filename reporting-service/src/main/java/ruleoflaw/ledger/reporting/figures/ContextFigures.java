package ruleoflaw.ledger.reporting.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The figures one context feeds, in the order of ../shared/design/FIGURES.md. One bean per context;
 * {@code @Order} puts the contexts in the catalog's order (study 1, litigation 2, outreach 3, disclosure 4).
 */
public interface ContextFigures {

    List<Figure> figures();

    /**
     * The figures a year has because its records name them (a campaign under its own name), after the catalog's: a
     * family of keys under one prefix, documented in docs/figures.md.
     */
    default List<Figure> named(List<RecordVersion> records) {
        return List.of();
    }

    /** What a record adds to the counters of the named figures ({@link Figure#count}). */
    default void countNamed(RecordVersion record, Tally.Adder add) {
    }

    /** The named figures of a year from the department's counters, in the order {@link #named(List)} gives them. */
    default Map<String, Number> readNamed(int year, Tally tally) {
        return Map.of();
    }

    /** The named figure with {@code key}, whether or not a year has it. */
    default Optional<Figure> named(String key) {
        return Optional.empty();
    }
}
