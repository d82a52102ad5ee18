package ruleoflaw.ledger.cli;

/** Waiting a while (Retry-After, back-off, polling). */
public final class Pause {

    private Pause() {
    }

    public static void seconds(double seconds) {
        if (seconds <= 0) {
            return;
        }
        try {
            Thread.sleep((long) Math.ceil(seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerExit(Interruption.MESSAGE);
        }
    }
}
