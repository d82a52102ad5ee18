package ruleoflaw.ledger.platform.audit;

/** Who is recording: the authenticated principal of the current request. */
@FunctionalInterface
public interface Recorder {

    /** Who records what no user asked for (e.g. a deadline that expired). */
    String SYSTEM = "system";

    String currentPrincipal();
}
