package ruleoflaw.ledger.reporting.projections;

import java.time.Instant;

/**
 * Where the latest rebuild stands. {@code eventsTotal} is the event store's head minus its tail (it grows while
 * events are recorded), {@code eventsProcessed} how far the slowest of the rebuild's processors got;
 * {@code eventsPerSecond} is over the last few seconds while replaying, over the whole rebuild once it is done.
 */
record RebuildProgress(Phase phase, int activeGeneration, Integer generation, String startedBy, Instant startedAt,
        Instant finishedAt, Long eventsProcessed, Long eventsTotal, Double eventsPerSecond, Long etaSeconds,
        Double seconds, String error) {

    enum Phase {
        /** No rebuild was ever started (the state is shared by every instance). */
        IDLE,
        /** The history is replayed into the new generation while the active one answers. */
        REPLAYING,
        /** The new generation caught up with the head: the live processors stop, the generation switches. */
        SWITCHING,
        /** The new generation answers (the old one's collections are dropped a moment later). */
        DONE,
        FAILED;

        boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    static RebuildProgress idle(int activeGeneration) {
        return new RebuildProgress(Phase.IDLE, activeGeneration, null, null, null, null, null, null, null, null, null,
                null);
    }
}
