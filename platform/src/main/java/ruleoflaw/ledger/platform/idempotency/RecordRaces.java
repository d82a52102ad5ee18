package ruleoflaw.ledger.platform.idempotency;

import java.sql.SQLException;
import java.util.Set;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Whether a write failed only because another one, on this instance or another, wrote the same record at the same
 * moment. Axon's locks keep one instance's commands of a record in turn; two instances both read the record at
 * sequence n and both append n + 1, and PostgreSQL's unique (aggregate, sequence) index refuses the second: Axon
 * reports it as a {@link ConcurrencyException} ({@code AggregateStreamCreationException} for a record created twice),
 * or it surfaces at the commit as the unique violation itself. Nothing of the refused request was kept, and run again
 * it meets the record as it now stands. A stale {@code expectedVersion} is not one of these: that is the writer's.
 */
final class RecordRaces {

    /** unique_violation, serialization_failure, deadlock_detected */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01");

    private RecordRaces() {
    }

    static boolean lost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
