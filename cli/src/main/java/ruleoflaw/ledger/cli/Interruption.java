package ruleoflaw.ledger.cli;

import java.io.PrintStream;

/**
 * Ctrl-C: what bin/ledger said on KeyboardInterrupt, from a shutdown hook (the JVM then exits with 130). A run
 * that ends by itself says nothing of it.
 */
public final class Interruption {

    public static final String MESSAGE =
            "ledger: interrupted; what was recorded stays recorded, and importing again goes on where it stopped";

    private volatile boolean over;

    private Interruption() {
    }

    public static Interruption install(PrintStream err) {
        Interruption interruption = new Interruption();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!interruption.over) {
                err.print("\n" + MESSAGE + "\n");
                err.flush();
            }
        }, "ledger-interrupted"));
        return interruption;
    }

    /** The run ended by itself: the hook stays silent. */
    public void over() {
        over = true;
    }
}
