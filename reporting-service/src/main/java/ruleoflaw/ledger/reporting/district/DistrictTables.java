package ruleoflaw.ledger.reporting.district;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.reporting.department.DepartmentRegistry;
import ruleoflaw.ledger.reporting.department.DepartmentView;
import ruleoflaw.ledger.reporting.document.FigureNames;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.report.AnnualReports;
import ruleoflaw.ledger.reporting.report.Kind;

/** The district's table of a year, from the registry, each department's report and its figures as known now. */
@Component
public class DistrictTables {

    /** The figures the office compares departments by and totals for the district. */
    static final List<String> KEYS = List.of("study.sessions.total", "governance.meetings.partyGroup",
            "legal.litigation.cases", "legal.litigation.corrected", "legal.litigation.pending",
            "legal.reconsideration.cases", "legal.reviews.total", "outreach.events.total", "disclosure.items.total",
            "disclosure.applications.received", "disclosure.applications.late", "normative.issued",
            "normative.inForce");
    /** Departments report their rule-of-law report of a year to the district government by 1 March. */
    static final MonthDay REPORTED_BY = MonthDay.of(3, 1);

    private final DepartmentRegistry registry;
    private final AnnualReports reports;
    private final YearFigures figures;
    private final Clock clock;
    /** Reading a department's year is mostly waiting for the read model: a few at once go faster than one by one. */
    private final ExecutorService rowsAtOnce = Executors.newFixedThreadPool(4, work -> {
        Thread thread = new Thread(work, "district-table");
        thread.setDaemon(true);
        return thread;
    });

    DistrictTables(DepartmentRegistry registry, AnnualReports reports, YearFigures figures, Clock clock) {
        this.registry = registry;
        this.reports = reports;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * The table of {@code year}. Each department's figures are its own, kept until its records change: after a write
     * only that department's are computed again, and those that must be are computed a few at a time.
     */
    public DistrictTable of(int year) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<CompletableFuture<DistrictTable.Row>> computing = registry.all().stream()
                .filter(department -> existedIn(department, year))
                .map(department -> CompletableFuture.supplyAsync(() -> row(department, year), rowsAtOnce)).toList();
        List<DistrictTable.Row> rows = computing.stream().map(CompletableFuture::join).toList();
        Map<String, Number> totals = new LinkedHashMap<>();
        for (String key : KEYS) {
            boolean known = rows.stream().allMatch(row -> row.figures().get(key) != null);
            totals.put(key, known ? rows.stream().mapToLong(row -> row.figures().get(key).longValue()).sum() : null);
        }
        return new DistrictTable(year, now, KEYS.stream().map(key -> new DistrictTable.Column(key, FigureNames.of(key)))
                .toList(), rows, totals);
    }

    @PreDestroy
    void stop() {
        rowsAtOnce.shutdownNow();
    }

    /** A department counts in a year it was open for at least a day of. */
    private static boolean existedIn(DepartmentView department, int year) {
        LocalDate first = department.names().isEmpty() ? null : department.names().get(0).since();
        boolean begun = first == null || first.getYear() <= year;
        boolean notYetEnded = department.endedOn() == null || department.endedOn().getYear() >= year;
        return begun && notYetEnded;
    }

    private DistrictTable.Row row(DepartmentView department, int year) {
        Map<String, Number> all = figures.current(department.code(), year);
        Map<String, Number> key = new LinkedHashMap<>();
        KEYS.forEach(name -> key.put(name, all.get(name)));
        return new DistrictTable.Row(department.code(), department.nameIn(year), department.status(),
                report(Kind.RULE_OF_LAW, department.code(), year), report(Kind.DISCLOSURE, department.code(), year), key);
    }

    private DistrictTable.ReportState report(Kind kind, String department, int year) {
        AnnualReports.DeadlineState deadline = reports.deadline(kind, department, year);
        if (kind != Kind.RULE_OF_LAW) {
            return new DistrictTable.ReportState(deadline.status(), deadline.deadline(), deadline.firstPublishedOn(),
                    deadline.overdue(), null, null, null);
        }
        LocalDate due = REPORTED_BY.atYear(year + 1);
        LocalDate reportedOn = reports.firstStepOn(kind, department, year, "approved").orElse(null);
        LocalDate today = ChinaTime.today(clock);
        return new DistrictTable.ReportState(deadline.status(), deadline.deadline(), deadline.firstPublishedOn(),
                deadline.overdue(), due, reportedOn, reportedOn == null ? today.isAfter(due) : reportedOn.isAfter(due));
    }
}
