package ruleoflaw.ledger.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@value #PENDING} and {@value #OVERDUE} of one {@link LegalDeadlines}, counted at most every few seconds. */
public class DeadlineMetrics implements MeterBinder {

    public static final String PENDING = "ledger.deadlines.pending";
    public static final String OVERDUE = "ledger.deadlines.overdue";
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final LegalDeadlines deadlines;
    private final Clock clock;
    private LegalDeadlines.Counts last;
    private Instant countedAt = Instant.MIN;

    public DeadlineMetrics(LegalDeadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        gauge(meters, PENDING, "Legal deadlines still running", LegalDeadlines.Counts::pending);
        gauge(meters, OVERDUE, "Legal deadlines missed", LegalDeadlines.Counts::overdue);
    }

    private void gauge(MeterRegistry meters, String name, String description, ToLongFunction<LegalDeadlines.Counts> value) {
        Gauge.builder(name, () -> {
            LegalDeadlines.Counts counts = counts();
            return counts == null ? Double.NaN : value.applyAsLong(counts);
        }).description(description).tag("kind", deadlines.kind()).register(meters);
    }

    synchronized LegalDeadlines.Counts counts() {
        Instant now = clock.instant();
        if (last == null || countedAt.plus(FRESH_FOR).isBefore(now)) {
            try {
                last = deadlines.counts();
            } catch (RuntimeException e) {
                last = null; // the store is unreachable: no number rather than a stale one
            }
            countedAt = now;
        }
        return last;
    }
}
