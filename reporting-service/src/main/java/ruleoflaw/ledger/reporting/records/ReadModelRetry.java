package ruleoflaw.ledger.reporting.records;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import ruleoflaw.ledger.platform.problem.StoreUnavailable;

/**
 * The read model's server out of reach for a moment (restarting, the connection dropped) is not a poisoned event:
 * a projection's write waits for it and tries again, instead of sending the event to the dead-letter queue, where
 * it would wait for an admin. Writes are idempotent (a version's id is its event's id), so trying again is safe.
 */
public final class ReadModelRetry {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRetry.class);
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private ReadModelRetry() {
    }

    public static void run(Runnable write) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 200;
        while (true) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                log.warn("The read model is out of reach ({}); trying again in {} ms", e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return StoreUnavailable.causedIt(failure);
    }
}
