package ruleoflaw.ledger.cli.importing;

/** A line for a service given up on earlier in this import: not sent, so that the rest ends in seconds. */
final class NotSent extends Exception {

    NotSent(String context) {
        super(context, null, false, false);
    }
}
