package ruleoflaw.ledger.cli.importing;

/** A service that stayed away (502/503/504) for the whole wait: the line was not sent through to it. */
final class Unavailable extends Exception {

    private final String context;

    Unavailable(String context, int status, int waitSeconds, String detail) {
        super(context + " answered " + status + " for " + waitSeconds + " s: " + detail);
        this.context = context;
    }

    String context() {
        return context;
    }
}
