package ruleoflaw.ledger.reporting.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.LedgerRecords;

/** The year's figures as the records stood at a moment: what {@code GET /api/reports/{year}/figures} answers. */
@Component
public class YearFigures {

    private final LedgerRecords records;
    private final FigureCatalog catalog;
    private final Clock clock;
    /**
     * The figures as known now, per department and year: they change only when the projection writes versions, which
     * the department's {@link LedgerRecords.State} counts in the read model, so a write by any instance invalidates them.
     */
    private final Map<Key, Current> current = new ConcurrentHashMap<>();

    private record Key(String department, int year) {
    }

    private record Current(LedgerRecords.State state, Map<String, Number> figures) {
    }

    private final YearTallies tallies;

    YearFigures(LedgerRecords records, FigureCatalog catalog, Clock clock, YearTallies tallies) {
        this.tallies = tallies;
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Every catalog figure of the department's {@code year}, keyed and ordered as in the catalog, as known at
     * {@code moment}.
     */
    public Map<String, Number> asOf(String department, int year, Instant moment) {
        return catalog.values(records.ofYear(department, year, moment), ledger(department, year, moment));
    }

    /**
     * As {@link #asOf}, for a request that named its moment ({@code asOf}) or asked for now (none): the figures as
     * known now are computed once and kept until the records change, so readers do not pay for the year's records
     * on every request.
     */
    public Map<String, Number> asOf(String department, int year, String asOf, Instant moment) {
        return asOf == null || asOf.isBlank() ? current(department, year) : asOf(department, year, moment);
    }

    /**
     * The department's figures of the year as known now: read from the yearly projection, or computed from the
     * versions where the active generation keeps none.
     */
    public Map<String, Number> current(String department, int year) {
        LedgerRecords.State state = records.state(department);
        Key key = new Key(department, year);
        Current known = current.get(key);
        if (known != null && known.state().equals(state)) {
            return known.figures();
        }
        Map<String, Number> figures = Collections.unmodifiableMap(tallies.figures(records.keptUnder(department), year)
                .orElseGet(() -> asOf(department, year, clock.instant().truncatedTo(ChronoUnit.MILLIS))));
        current.put(key, new Current(state, figures));
        return figures;
    }

    /** The department's records of every year as they stood at {@code moment}, for the figures that look back. */
    Figure.Ledger ledger(String department, int year, Instant moment) {
        return Figure.Ledger.of(year, type -> records.ofType(department, type, moment));
    }
}
