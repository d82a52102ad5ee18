package ruleoflaw.ledger.platform.processing;

import java.time.Instant;

/**
 * The machine's time, for what instances tell each other they are alive (heartbeats, claims): never the ledger's
 * {@link java.time.Clock}, which says what day it is and which tests and {@code .ci/dates} move. Heartbeats and token
 * claims are stamped and judged on the time the machines and databases keep; on a moved ledger clock every heartbeat
 * would look stale, or none would.
 */
public final class Liveness {

    private Liveness() {
    }

    public static Instant now() {
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
