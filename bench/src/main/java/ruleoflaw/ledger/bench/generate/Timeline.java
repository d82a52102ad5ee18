package ruleoflaw.ledger.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Recording moments for generated events: the morning after their business date, never before the previous
 * event's (so they increase with global_index), and never in the future.
 */
public final class Timeline {

    private final Instant now;
    private Instant last = Instant.EPOCH;

    public Timeline(Instant now) {
        this.now = now;
    }

    public Instant next(LocalDate businessDate) {
        Instant candidate = businessDate.plusDays(1).atTime(1, 30).toInstant(ZoneOffset.UTC);
        Instant following = last.plusMillis(1);
        Instant at = candidate.isAfter(following) ? candidate : following;
        last = at.isAfter(now) ? now : at;
        return last;
    }
}
