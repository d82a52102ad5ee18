package ruleoflaw.ledger.cli.importing;

import com.fasterxml.jackson.databind.JsonNode;

/** A line the ledger did not take: why, and the problem body the gateway answered, if any (else null). */
final class Refused extends Exception {

    private final transient JsonNode problem;

    Refused(String message) {
        this(message, null);
    }

    Refused(String message, JsonNode problem) {
        super(message);
        this.problem = problem == null || problem.isNull() ? null : problem;
    }

    JsonNode problem() {
        return problem;
    }
}
