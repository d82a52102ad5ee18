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
    /** The figures as known now, per year: they change only when the projection writes versions. */
    private final Map<Integer, Current> current = new ConcurrentHashMap<>();

    private record Current(LedgerRecords.State state, Map<String, Number> figures) {
    }

    YearFigures(LedgerRecords records, FigureCatalog catalog, Clock clock) {
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every catalog figure of {@code year}, keyed and ordered as in the catalog, as known at {@code moment}. */
    public Map<String, Number> asOf(int year, Instant moment) {
        return catalog.values(records.ofYear(year, moment), ledger(year, moment));
    }

    /**
     * As {@link #asOf}, for a request that named its moment ({@code asOf}) or asked for now (none): the figures as
     * known now are computed once and kept until the records change, so readers do not pay for the year's records
     * on every request.
     */
    public Map<String, Number> asOf(int year, String asOf, Instant moment) {
        return asOf == null || asOf.isBlank() ? current(year) : asOf(year, moment);
    }

    /** The year's figures as known now. */
    public Map<String, Number> current(int year) {
        LedgerRecords.State state = records.state();
        Current known = current.get(year);
        if (known != null && known.state().equals(state)) {
            return known.figures();
        }
        Map<String, Number> figures = Collections.unmodifiableMap(
                asOf(year, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        current.put(year, new Current(state, figures));
        return figures;
    }

    /** The records of every year as they stood at {@code moment}, for the figures that look back. */
    Figure.Ledger ledger(int year, Instant moment) {
        return Figure.Ledger.of(year, type -> records.ofType(type, moment));
    }
}
