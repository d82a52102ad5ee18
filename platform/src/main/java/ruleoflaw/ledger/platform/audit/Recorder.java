package ruleoflaw.ledger.platform.audit;

/** Who is recording: the authenticated principal of the current request. */
@FunctionalInterface
public interface Recorder {

    String SYSTEM = "system";

    String currentPrincipal();

    /** Until the gateway passes an authenticated identity, everything is recorded by {@value #SYSTEM}. */
    static Recorder system() {
        return () -> SYSTEM;
    }
}
