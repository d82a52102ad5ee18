package ruleoflaw.ledger.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

import ruleoflaw.ledger.bench.Results;

/**
 * The bench's phases, one after the other: starting one ends the one before, which prints how long it took
 * ("bench: phase 'seed' took 19.3 s") and keeps it as phases.NAME (seconds) in results.json, saved at once.
 */
public final class Phases {

    private final Results results;
    private final PrintStream out;
    private final LongSupplier nanoTime;
    private String current;
    private long startedAt;

    public Phases(Results results, PrintStream out, LongSupplier nanoTime) {
        this.results = results;
        this.out = out;
        this.nanoTime = nanoTime;
    }

    /** Ends the current phase, if any, and starts {@code name}. */
    public synchronized void next(String name) {
        long now = nanoTime.getAsLong();
        finish(now);
        current = name;
        startedAt = now;
        out.println("bench: ---- " + name);
    }

    /** Ends the current phase, if any. */
    public synchronized void end() {
        finish(nanoTime.getAsLong());
        current = null;
    }

    private void finish(long now) {
        if (current == null) {
            return;
        }
        long millis = (now - startedAt) / 1_000_000;
        out.printf("bench: phase '%s' took %d.%d s%n", current, millis / 1000, millis % 1000 / 100);
        results.put("phases." + current, millis / 1000.0);
        try {
            results.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
