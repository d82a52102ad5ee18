package ruleoflaw.ledger.reporting.records;

import java.util.List;
import java.util.TreeSet;

/**
 * What the projection knows of a record while it makes the record's next version: every year its business date has
 * fallen in (each of those years' partitions holds all its later versions) and its latest version.
 */
record RecordHead(List<Integer> years, RecordVersion latest) {

    /** The head after {@code stated}; an older version projected again (after a crash) changes only the years. */
    RecordHead after(RecordVersion stated) {
        TreeSet<Integer> all = new TreeSet<>(years);
        all.add(stated.year());
        return new RecordHead(List.copyOf(all), stated.version() >= latest.version() ? stated : latest);
    }

    /** The department the record belongs to: its first version's, which every later version keeps. */
    String department() {
        return latest.department();
    }

    static RecordHead of(RecordVersion first) {
        return new RecordHead(List.of(first.year()), first);
    }
}
