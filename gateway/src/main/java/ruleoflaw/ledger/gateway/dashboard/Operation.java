package ruleoflaw.ledger.gateway.dashboard;

import java.time.Instant;

/**
 * A long operation run outside the page (an import by the CLI, say) as its runner last reported it: records
 * {@code done} of {@code total}, the rate per second and the seconds left it estimates, and whether it finished.
 */
record Operation(String id, String kind, String label, String user, long done, long total, Double rate, Double eta,
        boolean finished, Instant startedAt, Instant updatedAt) {

    /** What a runner sends: {@code PUT /api/dashboard/operations/{id}}. */
    record Report(String kind, String label, Long done, Long total, Double rate, Double eta, Boolean finished) {
    }
}
