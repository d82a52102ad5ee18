package ruleoflaw.ledger.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the event store's database is out of reach (stopped, restarting, no connection): then the
 * caller gets 503 and tries again, and nothing was recorded (the transaction did not commit).
 */
public final class StoreUnavailable {

    public static final String DETAIL = "The ledger's database cannot be reached just now; nothing was recorded. "
            + "Try again in a few seconds (with the same Idempotency-Key).";
    public static final int RETRY_AFTER_SECONDS = 2;
    /** What HikariCP answers on a connection it has closed, without an SQLSTATE. */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private StoreUnavailable() {
    }

    public static final String AXON_SERVER_DETAIL = "Axon Server, which keeps the ledger's events, cannot be reached "
            + "just now. Try again in a few seconds with the same Idempotency-Key or Record-Id: what was recorded is "
            + "not recorded twice.";

    /**
     * Whether Axon Server (event store and message router under the axonserver profile) is out of reach: its
     * connector fails with gRPC's UNAVAILABLE. Then the caller gets 503 too; a retry with the same key is safe.
     */
    public static boolean axonServerAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().equals("io.grpc.StatusRuntimeException")
                    && String.valueOf(cause.getMessage()).startsWith("UNAVAILABLE")) {
                return true;
            }
        }
        return false;
    }

    public static final String CLOCK_BUSY_DETAIL = "A legal clock of this record is being handled at this very moment "
            + "(its deadline fired); nothing was recorded. Try again in a second with the same Idempotency-Key.";

    /**
     * Whether the record's persistent deadline was firing just as the command rescheduled it (db-scheduler refuses to
     * change a task instance while it executes): the command was rolled back, and the same request a moment later
     * goes through.
     */
    public static boolean clockBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().equals(
                    "com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException")) {
                return true;
            }
        }
        return false;
    }

    public static boolean causedIt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01..57P03: the server is shutting down or starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the pool closed the connection under the transaction (the server terminated it): the commit never
            // reached the server, which rolled the transaction back
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
