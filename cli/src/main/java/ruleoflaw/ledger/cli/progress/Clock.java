package ruleoflaw.ledger.cli.progress;

/** Seconds on a clock that only goes forward (Python's {@code time.monotonic()}). */
final class Clock {

    /** Before any time this clock tells: "never", for what has not happened yet. */
    static final double NEVER = Double.NEGATIVE_INFINITY;

    private Clock() {
    }

    static double now() {
        return System.nanoTime() / 1e9;
    }
}
