package ruleoflaw.ledger.platform.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * How a service writes its records' events as lines of the ledger format (docs/ledger-format.md). The default
 * fits a record whose events state its REST body: a service whose records have lifecycle steps declares a bean
 * that writes their bodies.
 */
public interface LedgerLines {

    LedgerLines PLAIN = new LedgerLines() {
    };

    /** The REST body that records (or corrects to) these stated details; by default the details themselves. */
    default Object body(RecordDetails stated) {
        return stated;
    }

    /**
     * The line of a lifecycle step event, or empty for an event no writer makes (a deadline passing, a reminder):
     * such events follow again from the lines when they are imported. The step's name is its {@link LedgerStep}'s.
     */
    default Optional<Step> step(Object event) {
        return Optional.empty();
    }

    /**
     * A lifecycle step's line: its REST body and, for a step that opens a record of its own (a case's appeal), that
     * record's id, which is then the line's id.
     */
    record Step(Map<String, Object> body, String opensRecordId) {

        public Step {
            body = new TreeMap<>(body); // the same line every time
        }

        public Step(Map<String, Object> body) {
            this(body, null);
        }
    }
}
