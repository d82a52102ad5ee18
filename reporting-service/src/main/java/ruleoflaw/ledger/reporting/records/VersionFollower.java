package ruleoflaw.ledger.reporting.records;

import java.util.List;

import org.axonframework.eventhandling.TrackingToken;

/**
 * What else is kept from the record versions as the projection makes them: told each record's change, and written
 * with the batch's versions, before the processor stores its token.
 */
public interface VersionFollower {

    /** What a batch of events changes in {@code generation}. */
    Batch start(int generation);

    /** The collections it keeps in {@code generation} that exist: a rebuild empties them and fills them again. */
    List<String> collections(int generation);

    interface Batch {

        /**
         * A record of {@code department} ("" for the installation's default one) went from {@code before} (none for
         * its first version) to {@code after}; {@code at} is the processor's position after the event, none outside
         * event processing or when the event comes again from the dead-letter queue.
         */
        void changed(String department, RecordVersion before, RecordVersion after, TrackingToken at);

        /** Writes what the batch changed; a failure fails the batch, which is then processed again. */
        void write();
    }
}
