package ruleoflaw.ledger.reporting.disclosure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.figures.Figure;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.records.LedgerRecords;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** The tables of the year's disclosure report as the records stood at a moment. */
@Component
public class DisclosureReports {

    private final LedgerRecords records;
    private final FigureCatalog figures;

    DisclosureReports(LedgerRecords records, FigureCatalog figures) {
        this.records = records;
        this.figures = figures;
    }

    public DisclosureReport asOf(String department, int year, Instant moment) {
        return DisclosureReportController.report(figures, year, moment, records.ofYear(department, year, moment),
                ledgerAsOf(department, year, moment));
    }

    /** Each type read once: the tables ask for the same types many times. */
    private Figure.Ledger ledgerAsOf(String department, int year, Instant moment) {
        Map<String, List<RecordVersion>> read = new HashMap<>();
        return Figure.Ledger.of(year, type -> read.computeIfAbsent(type, t -> records.ofType(department, t, moment)));
    }
}
