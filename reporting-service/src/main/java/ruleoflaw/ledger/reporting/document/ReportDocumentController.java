package ruleoflaw.ledger.reporting.document;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.department.DepartmentRegistry;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.AsOf;

/**
 * The year's rule-of-law annual report as a file: the figures as known at {@code asOf} (now by default), the
 * narrative written so far. Each figure links to its evidence as of the same moment, so the records a reader
 * follows are the ones the number was counted from.
 */
@RestController
class ReportDocumentController {

    private final YearFigures figures;
    private final Clock clock;
    private final NarrativeSource narratives;
    private final ReportDocuments documents;
    private final Departments departments;
    private final DepartmentRegistry names;

    ReportDocumentController(YearFigures figures, Clock clock, NarrativeSource narratives, ReportDocuments documents,
            Departments departments, DepartmentRegistry names) {
        this.departments = departments;
        this.names = names;
        this.figures = figures;
        this.clock = clock;
        this.narratives = narratives;
        this.documents = documents;
    }

    @GetMapping("/api/reports/{year}/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @RequestParam(defaultValue = "html") String format,
            @RequestParam(defaultValue = "statutory") String template, @RequestParam(required = false) String asOf) {
        Format chosenFormat = Downloads.choice(Format.class, "format", format);
        Template chosenTemplate = Downloads.choice(Template.class, "template", template);
        Instant moment = AsOf.moment(year, asOf, clock);
        String department = departments.current();
        byte[] file = documents.render(names.inTitle(department, year), year, figures.asOf(department, year, asOf, moment),
                narratives.current(department, year), chosenTemplate, chosenFormat,
                "/api/reports/" + year + "/figures/", moment);
        return Downloads.file(file, chosenFormat, year + "-rule-of-law-report",
                ReportDocuments.fileName(year, chosenFormat));
    }
}
