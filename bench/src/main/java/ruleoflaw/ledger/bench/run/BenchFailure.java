package ruleoflaw.ledger.bench.run;

/** The bench cannot go on: its message (starting "bench: ") on standard error, exit status 1. */
public final class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }

    public BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
