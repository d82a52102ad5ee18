package ruleoflaw.ledger.reporting.figures;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.records.LedgerRecords;

/** The year's figures as the records stood at a moment: what {@code GET /api/reports/{year}/figures} answers. */
@Component
public class YearFigures {

    private final LedgerRecords records;
    private final FigureCatalog catalog;

    YearFigures(LedgerRecords records, FigureCatalog catalog) {
        this.records = records;
        this.catalog = catalog;
    }

    /** Every catalog figure of {@code year}, keyed and ordered as in the catalog, as known at {@code moment}. */
    public Map<String, Number> asOf(int year, Instant moment) {
        return catalog.values(records.ofYear(year, moment), ledger(year, moment));
    }

    /** The records of every year as they stood at {@code moment}, for the figures that look back. */
    Figure.Ledger ledger(int year, Instant moment) {
        return Figure.Ledger.of(year, type -> records.ofType(type, moment));
    }
}
