package ruleoflaw.ledger.reporting.projections;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.LedgerRecords;

/**
 * Test only: a handler in the records projection's processing group (so with its dead-letter queue) that fails on the
 * {@link Marker}s of a poisoned aggregate until it is cured.
 */
@Component
@ProcessingGroup(LedgerRecords.PROCESSING_GROUP)
class PoisonedEvents {

    /** A test-only event. */
    record Marker(String id, String note) {
    }

    private static final Set<String> POISONED = ConcurrentHashMap.newKeySet();
    private static final List<String> HANDLED = new CopyOnWriteArrayList<>();

    static void poison(String id) {
        POISONED.add(id);
    }

    static void cure(String id) {
        POISONED.remove(id);
    }

    /** {@code <id>#<sequence>} of every marker handled without failing, in order. */
    static List<String> handled(String id) {
        return HANDLED.stream().filter(entry -> entry.startsWith(id + "#")).toList();
    }

    @EventHandler
    void on(Marker marker, @SequenceNumber Long sequence) {
        if (POISONED.contains(marker.id())) {
            throw new IllegalStateException("投影无法处理事件 " + marker.note());
        }
        HANDLED.add(marker.id() + "#" + sequence);
    }
}
