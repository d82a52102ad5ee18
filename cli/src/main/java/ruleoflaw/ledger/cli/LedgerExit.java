package ruleoflaw.ledger.cli;

/** Ends the run with a message on standard error and exit status 1, as bin/ledger's {@code SystemExit} did. */
public final class LedgerExit extends RuntimeException {

    public LedgerExit(String message) {
        super(message);
    }
}
