package ruleoflaw.ledger.bench.run;

/**
 * How big a bench run is: N events generated, C clients for S seconds in each load run, R reads of each kind, the
 * generated records spread over D departments (1: the installation's default department only, no district reads),
 * L ledger lines imported in batches; and whether the bench dir's databases are kept after it.
 */
public record BenchOptions(long events, int seconds, int clients, int reads, int departments, int lines, boolean keep) {

    public static final long DEFAULT_EVENTS = 1_000_000;
    public static final int DEFAULT_SECONDS = 30;
    public static final int DEFAULT_CLIENTS = 32;
    public static final int DEFAULT_READS = 100;
    public static final int DEFAULT_DEPARTMENTS = 1;
    public static final int DEFAULT_LINES = 10_000;

    public BenchOptions {
        if (events < 1 || seconds < 1 || clients < 1 || reads < 1 || departments < 1 || lines < 1) {
            throw new IllegalArgumentException("events, seconds, clients, reads, departments and lines are positive: "
                    + events + ", " + seconds + ", " + clients + ", " + reads + ", " + departments + ", " + lines);
        }
    }

    /** Whether the records are spread over more than one department, and the district is measured. */
    public boolean district() {
        return departments > 1;
    }
}
