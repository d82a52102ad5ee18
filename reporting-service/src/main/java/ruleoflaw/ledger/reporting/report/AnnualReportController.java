package ruleoflaw.ledger.reporting.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.audit.Recorder;
import ruleoflaw.ledger.reporting.document.Section;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.figures.YearFigures;

/**
 * The annual report of a year ({@code ?kind=rule-of-law}, the default, or {@code disclosure}): its narrative written
 * section by section, its way to publication, its published revisions, and the reports overdue. Editors write,
 * submit and open revisions; approvers approve, return and publish (the security rules say so, here and at the
 * gateway). Every write answers with the report as it stands after it.
 */
@RestController
@RequestMapping("/api/reports")
class AnnualReportController {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final AnnualReports reports;
    private final YearFigures figures;
    private final Recorder recorder;
    private final Integer since;
    private final Departments departments;

    AnnualReportController(CommandGateway commands, AnnualReports reports, YearFigures figures, Recorder recorder,
            @Value("${ledger.reports.since:#{null}}") Integer since, Departments departments) {
        this.departments = departments;
        this.commands = commands;
        this.reports = reports;
        this.figures = figures;
        this.recorder = recorder;
        this.since = since;
    }

    record NarrativeText(String text, Long expectedVersion) {
    }

    record Step(Long expectedVersion) {
    }

    record Reason(String reason, Long expectedVersion) {
    }

    record Publication(LocalDate publishedOn, Long expectedVersion) {
    }

    @GetMapping("/{year}/report")
    ReportView report(@PathVariable int year, @RequestParam(required = false) String kind) {
        return view(Kind.of(kind), checked(year));
    }

    @PutMapping("/{year}/report/narrative/{section}")
    ReportView edit(@PathVariable int year, @PathVariable String section, @RequestParam(required = false) String kind,
            @RequestBody NarrativeText body) {
        Kind of = Kind.of(kind);
        Section which = section(section);
        if (body.text() == null) {
            throw new InvalidFieldException("text", "give the section's text (an empty text clears it)");
        }
        return send(of, checked(year), new EditNarrative(reports.reportId(of, department(), year), body.expectedVersion(), of, year, which,
                body.text(), recorder.currentPrincipal()));
    }

    @PostMapping("/{year}/report/submission")
    ReportView submit(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestBody(required = false) Step body) {
        Kind of = Kind.of(kind);
        return send(of, checked(year), new SubmitReport(reports.reportId(of, department(), year), version(body), recorder.currentPrincipal()));
    }

    @PostMapping("/{year}/report/approval")
    ReportView approve(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestBody(required = false) Step body) {
        Kind of = Kind.of(kind);
        return send(of, checked(year), new ApproveReport(reports.reportId(of, department(), year), version(body), recorder.currentPrincipal()));
    }

    @PostMapping("/{year}/report/return")
    ReportView sendBack(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestBody Reason body) {
        Kind of = Kind.of(kind);
        return send(of, checked(year), new ReturnReport(reports.reportId(of, department(), year), body.expectedVersion(), reason(body),
                recorder.currentPrincipal()));
    }

    @PostMapping("/{year}/report/publication")
    ReportView publish(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestBody Publication body) {
        Kind of = Kind.of(kind);
        checked(year);
        if (body.publishedOn() == null) {
            throw new InvalidFieldException("publishedOn", "give the day the report was made public (2025-03-28)");
        }
        if (body.publishedOn().isAfter(reports.today())) {
            throw new InvalidFieldException("publishedOn", "must not be in the future; record a publication once it happened");
        }
        return send(of, year, new PublishReport(reports.reportId(of, department(), year), body.expectedVersion(), body.publishedOn(),
                recorder.currentPrincipal(), figuresNow(of, year)));
    }

    @PostMapping("/{year}/report/revision")
    ReportView startRevision(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestBody Reason body) {
        Kind of = Kind.of(kind);
        return send(of, checked(year), new StartRevision(reports.reportId(of, department(), year), body.expectedVersion(), reason(body),
                recorder.currentPrincipal(), figuresNow(of, year)));
    }

    @GetMapping("/{year}/published")
    PublishedRevision published(@PathVariable int year, @RequestParam(required = false) String kind) {
        Kind of = Kind.of(kind);
        return reports.latestPublished(department(), checked(year), of).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "The " + year + " " + of.title() + " has not been published."));
    }

    @GetMapping("/{year}/published/{revision}")
    PublishedRevision published(@PathVariable int year, @PathVariable int revision,
            @RequestParam(required = false) String kind) {
        Kind of = Kind.of(kind);
        return reports.published(department(), checked(year), of, revision).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Revision " + revision + " of the " + year + " " + of.title()
                        + " has not been published."));
    }

    /**
     * The reports past their deadline and not published: every kind of every year from {@code since} (default: the
     * {@code ledger.reports.since} setting, else last year) to last year, started or not, and any started earlier.
     */
    @GetMapping("/overdue")
    List<AnnualReports.DeadlineState> overdue(@RequestParam(required = false) Integer since) {
        int from = since != null ? since : this.since != null ? this.since : reports.today().getYear() - 1;
        return reports.overdue(department(), checked("since", from));
    }

    private ReportView send(Kind kind, int year, Object command) {
        Long version = commands.sendAndWait(command);
        reports.awaitVersion(reports.reportId(kind, department(), year), version, READ_YOUR_WRITE);
        return view(kind, year);
    }

    /** The department whose report the request is about: each department writes its own. */
    private String department() {
        return departments.current();
    }

    private ReportView view(Kind kind, int year) {
        String department = department();
        Optional<ReportState> report = reports.find(kind, department, year);
        return ReportView.of(kind, year, report, reports.deadline(kind, department, year, report),
                reports.latestPublished(department, year, kind), () -> figuresNow(kind, year));
    }

    /** The figures the report states, as the records stand now. */
    private Map<String, Number> figuresNow(Kind kind, int year) {
        Map<String, Number> stated = new LinkedHashMap<>();
        figures.asOf(department(), year, reports.now()).forEach((key, value) -> {
            if (kind.states(key)) {
                stated.put(key, value);
            }
        });
        return stated;
    }

    private static Section section(String name) {
        String normalized = name.strip().toUpperCase().replace('-', '_');
        return Arrays.stream(Section.values()).filter(s -> s.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("section", "'" + name + "' is not a section; one of "
                        + Arrays.stream(Section.values()).map(s -> s.name().toLowerCase().replace('_', '-')).toList()));
    }

    private static String reason(Reason body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw new InvalidFieldException("reason", "must not be blank: say why");
        }
        return body.reason().strip();
    }

    private static Long version(Step body) {
        return body == null ? null : body.expectedVersion();
    }

    static int checked(int year) {
        return checked("year", year);
    }

    private static int checked(String field, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException(field, "must be between 2000 and 2100");
        }
        return year;
    }
}
