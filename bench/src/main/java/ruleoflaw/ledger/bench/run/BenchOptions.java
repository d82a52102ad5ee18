package ruleoflaw.ledger.bench.run;

/**
 * How big a bench run is: N events generated, C clients for S seconds in each load run, R reads of each kind; and
 * whether the bench dir's databases are kept after it.
 */
public record BenchOptions(long events, int seconds, int clients, int reads, boolean keep) {

    public static final long DEFAULT_EVENTS = 1_000_000;
    public static final int DEFAULT_SECONDS = 30;
    public static final int DEFAULT_CLIENTS = 32;
    public static final int DEFAULT_READS = 100;

    public BenchOptions {
        if (events < 1 || seconds < 1 || clients < 1 || reads < 1) {
            throw new IllegalArgumentException("events, seconds, clients and reads are positive: " + events + ", "
                    + seconds + ", " + clients + ", " + reads);
        }
    }
}
