package ruleoflaw.ledger.reporting.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.LedgerRecords;

/**
 * {@value #FIGURE}: a handful of the current year's figures as known now (the year in China Standard Time),
 * for the dashboard's key figures. Computing the figures reads the whole year, so they are kept for
 * {@link #FRESH_FOR} between scrapes; and while the records projection is catching up on history (a first start on
 * a long ledger) they are not computed at all: they would be partial, and each computation would read every
 * cross-year partition again. They hold their last values then (not a number before the first).
 */
@Component
class KeyFigureMetrics implements MeterBinder {

    static final String FIGURE = "ledger.figure";
    static final List<String> KEYS = List.of("study.sessions.total", "governance.meetings.partyGroup",
            "legal.litigation.cases", "legal.litigation.pending", "outreach.events.total", "disclosure.items.total",
            "disclosure.applications.received", "disclosure.applications.pending");
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final YearFigures figures;
    private final Clock clock;
    private final BooleanSupplier recordsCatchingUp;
    private Map<String, Number> last;
    private Instant computedAt = Instant.MIN;

    @Autowired
    KeyFigureMetrics(YearFigures figures, Clock clock, ObjectProvider<EventProcessingConfiguration> processing) {
        this(figures, clock, () -> catchingUp(processing.getIfAvailable()));
    }

    KeyFigureMetrics(YearFigures figures, Clock clock, BooleanSupplier recordsCatchingUp) {
        this.figures = figures;
        this.clock = clock;
        this.recordsCatchingUp = recordsCatchingUp;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        KEYS.forEach(key -> Gauge.builder(FIGURE, () -> value(key))
                .description("The current year's figure, as known now").tag("key", key).register(meters));
    }

    private double value(String key) {
        Number value = current().get(key);
        return value == null ? Double.NaN : value.doubleValue();
    }

    synchronized Map<String, Number> current() {
        Instant now = clock.instant();
        if ((last == null || computedAt.plus(FRESH_FOR).isBefore(now)) && !recordsCatchingUp.getAsBoolean()) {
            try {
                last = figures.asOf(LocalDate.ofInstant(now, ChinaTime.ZONE).getYear(), now);
            } catch (RuntimeException e) {
                last = Map.of(); // the read model is unreachable: no numbers rather than stale ones
            }
            computedAt = now;
        }
        return last == null ? Map.of() : last;
    }

    /** Whether a segment of the records projection has yet to reach the end of the event store once. */
    private static boolean catchingUp(EventProcessingConfiguration processing) {
        return processing != null && processing.eventProcessor(LedgerRecords.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream().anyMatch(segment -> !segment.isCaughtUp()))
                .orElse(false);
    }
}
