package ruleoflaw.ledger.reporting.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.reporting.figures.Figure;
import ruleoflaw.ledger.reporting.figures.FigureCatalog;
import ruleoflaw.ledger.reporting.records.AsOf;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** Tables 二, 三 and 四 of the year's disclosure report, as the records stood now or at {@code asOf} (as the figures). */
@RestController
@RequestMapping("/api/reports/{year}/disclosure-report")
class DisclosureReportController {

    private final DisclosureReports reports;
    private final Clock clock;
    private final Departments departments;

    DisclosureReportController(DisclosureReports reports, Clock clock, Departments departments) {
        this.departments = departments;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping
    DisclosureReport report(@PathVariable int year, @RequestParam(required = false) String asOf) {
        return reports.asOf(departments.current(), year, AsOf.moment(year, asOf, clock));
    }

    /** The report from the year's records and the ledger of every year, both as of {@code moment}. */
    static DisclosureReport report(FigureCatalog figures, int year, Instant moment, List<RecordVersion> ofYear,
            Figure.Ledger ledger) {
        ReportTable applications = ApplicationsTable.of(figures, year, ledger.ofType(DisclosureApplicationDetails.TYPE));
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        tables.put("二", ActiveDisclosureTable.of(figures, ofYear, ledger));
        tables.put("三", applications);
        tables.put("四", ReviewsTable.of(year, ledger.ofType(LegalCaseDetails.TYPE)));
        return new DisclosureReport(year, moment, Template2021.NAME, tables, ApplicationsInvariant.check(applications),
                ActiveDisclosureTable.NOTES);
    }
}
