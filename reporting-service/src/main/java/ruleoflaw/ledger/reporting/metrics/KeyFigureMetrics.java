package ruleoflaw.ledger.reporting.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.BooleanSupplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ruleoflaw.ledger.reporting.department.DepartmentRegistry;
import ruleoflaw.ledger.reporting.department.DepartmentStatus;
import ruleoflaw.ledger.reporting.department.DepartmentView;
import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.LedgerRecords;

/**
 * {@value #FIGURE}: a handful of the current year's figures as known now (the year in China Standard Time), per
 * department (tag {@code department}, at most {@link #MAX_DEPARTMENTS} of the registry's open ones, so the number of
 * series stays bounded), for the dashboard's key figures. Computing the figures reads the whole year, so they are kept
 * for {@code ledger.metrics.key-figures-fresh-for} (30 s) between scrapes; and while the records projection is catching
 * up on history (a first start on a long ledger) they are not computed at all: they would be partial, and each
 * computation would read every cross-year partition again. They hold their last values then (not a number before the
 * first). Each instance computes its own from the shared read model, so instances agree within that time.
 */
@Component
class KeyFigureMetrics implements MeterBinder {

    static final String FIGURE = "ledger.figure";
    static final List<String> KEYS = List.of("study.sessions.total", "governance.meetings.partyGroup",
            "legal.litigation.cases", "legal.litigation.pending", "outreach.events.total", "disclosure.items.total",
            "disclosure.applications.received", "disclosure.applications.pending");
    static final int MAX_DEPARTMENTS = 100;

    private final YearFigures figures;
    private final Clock clock;
    private final BooleanSupplier recordsCatchingUp;
    private final Supplier<List<String>> departments;
    private final Duration freshFor;
    private final Map<String, Map<String, Number>> last = new ConcurrentHashMap<>();
    private final Set<String> tagged = ConcurrentHashMap.newKeySet();
    private MeterRegistry meters;
    private Instant computedAt = Instant.MIN;

    @Autowired
    KeyFigureMetrics(YearFigures figures, Clock clock, ObjectProvider<EventProcessingConfiguration> processing,
            DepartmentRegistry registry, @Value("${ledger.metrics.key-figures-fresh-for:30s}") Duration freshFor) {
        this(figures, clock, () -> catchingUp(processing.getIfAvailable()), () -> registry.all().stream()
                .filter(department -> department.status() == DepartmentStatus.OPEN).map(DepartmentView::code).toList(),
                freshFor);
    }

    KeyFigureMetrics(YearFigures figures, Clock clock, BooleanSupplier recordsCatchingUp,
            Supplier<List<String>> departments, Duration freshFor) {
        this.freshFor = freshFor;
        this.figures = figures;
        this.clock = clock;
        this.recordsCatchingUp = recordsCatchingUp;
        this.departments = departments;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.meters = meters;
        refresh();
    }

    private void tag(String department) {
        if (meters != null && tagged.size() < MAX_DEPARTMENTS && tagged.add(department)) {
            KEYS.forEach(key -> Gauge.builder(FIGURE, () -> value(department, key))
                    .description("The current year's figure, as known now").tag("key", key)
                    .tag("department", department).register(meters));
        }
    }

    private double value(String department, String key) {
        Number value = current(department).get(key);
        return value == null ? Double.NaN : value.doubleValue();
    }

    /** The department's key figures as last computed (every department's are computed together). */
    Map<String, Number> current(String department) {
        refresh();
        return last.getOrDefault(department, Map.of());
    }

    /** Every few seconds at most: the departments' gauges, and their figures unless the projection is catching up. */
    private synchronized void refresh() {
        Instant now = clock.instant();
        boolean due = computedAt.plus(freshFor).isBefore(now) && !recordsCatchingUp.getAsBoolean();
        if (!due && !tagged.isEmpty()) {
            return;
        }
        try {
            List<String> open = departments.get().stream().limit(MAX_DEPARTMENTS).toList();
            open.forEach(this::tag);
            if (due) {
                computedAt = now;
                int year = LocalDate.ofInstant(now, ChinaTime.ZONE).getYear();
                open.forEach(department -> last.put(department, figures.current(department, year)));
            }
        } catch (RuntimeException e) {
            last.clear(); // the read model is unreachable: no numbers rather than stale ones
        }
    }

    /** Whether a segment of the records projection has yet to reach the end of the event store once. */
    private static boolean catchingUp(EventProcessingConfiguration processing) {
        return processing != null && processing.eventProcessor(LedgerRecords.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values().stream().anyMatch(segment -> !segment.isCaughtUp()))
                .orElse(false);
    }
}
