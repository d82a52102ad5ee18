package ruleoflaw.ledger.cli.progress;

import java.io.PrintStream;

import ruleoflaw.ledger.cli.json.PythonNumbers;

/**
 * Units done / total, rate, ETA: a bar redrawn in place on a terminal, a line every 5 s otherwise; and, given a
 * {@link ProgressReport}, the same to the dashboard page. The total may be raised while it runs (a rebuild's grows
 * with the events recorded meanwhile).
 */
public final class Progress {

    private static final int WIDTH = 30;
    private static final double TERMINAL_EVERY = 0.1;
    private static final double LOG_EVERY = 5;

    private final PrintStream stream;
    private final boolean terminal;
    private final String unit;
    private final double start = Clock.now();
    private long total;
    private double last = Clock.NEVER;
    private ProgressReport report;

    /** {@code unit}: what is counted (records, events). */
    public Progress(long total, PrintStream stream, boolean terminal, String unit) {
        this.total = total;
        this.stream = stream;
        this.terminal = terminal;
        this.unit = unit;
    }

    public void total(long total) {
        this.total = total;
    }

    public void report(ProgressReport report) {
        this.report = report;
    }

    /** A message between progress lines (on a terminal, on a line of its own below the bar). */
    public void note(String text) {
        write((terminal ? "\n" : "") + text + "\n");
    }

    /** Text as it is (a problem body below the line that names it). */
    public void write(String text) {
        stream.print(text);
        stream.flush();
    }

    public void update(long done, boolean finished) {
        double elapsed = Math.max(Clock.now() - start, 1e-6);
        double rate = done / elapsed;
        update(done, finished, rate, rate > 0 ? (total - done) / rate : 0);
    }

    /** With the rate and ETA as the caller knows them better (a server that did part of the work before we watched). */
    public void update(long done, boolean finished, double rate, double eta) {
        double now = Clock.now();
        if (report != null) {
            report.send(done, total, rate, eta, finished);
        }
        if (!finished && now - last < (terminal ? TERMINAL_EVERY : LOG_EVERY)) {
            return;
        }
        last = now;
        int filled = total != 0 ? (int) Math.min(WIDTH, WIDTH * done / total) : 0;
        String bar = "#".repeat(Math.max(0, filled)) + "-".repeat(WIDTH - Math.max(0, filled));
        String text = "[" + bar + "] " + done + "/" + total + "  " + PythonNumbers.fixed(rate, 1) + " " + unit
                + "/s  ETA " + PythonNumbers.fixed(eta, 0) + " s";
        if (terminal) {
            stream.print("\r" + text + (finished ? "\n" : ""));
        } else if (finished || done != 0) {
            stream.print("ledger: " + text + "\n");
        }
        stream.flush();
    }
}
