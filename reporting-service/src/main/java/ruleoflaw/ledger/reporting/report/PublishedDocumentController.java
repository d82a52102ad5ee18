package ruleoflaw.ledger.reporting.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.department.DepartmentRegistry;
import ruleoflaw.ledger.reporting.document.DisclosureDocuments;
import ruleoflaw.ledger.reporting.document.Downloads;
import ruleoflaw.ledger.reporting.document.Format;
import ruleoflaw.ledger.reporting.document.ReportDocument;
import ruleoflaw.ledger.reporting.document.ReportDocuments;
import ruleoflaw.ledger.reporting.document.Template;

/**
 * A published revision of an annual report as a file, for anyone to read: the text as it was made public, from the
 * figures and narrative frozen at its publication, never the records as they stand now; it says when it was published
 * and, for a revision, when it was revised and why, and ends with the 落款: the department's name and the day of
 * publication. No figure links to its evidence: readers of a published report
 * are not signed in to follow them.
 */
@RestController
class PublishedDocumentController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AnnualReports reports;
    private final ReportDocuments documents;
    private final DisclosureDocuments disclosure;

    private final Departments departments;
    private final DepartmentRegistry names;

    PublishedDocumentController(AnnualReports reports, ReportDocuments documents, DisclosureDocuments disclosure,
            Departments departments, DepartmentRegistry names) {
        this.departments = departments;
        this.names = names;
        this.reports = reports;
        this.documents = documents;
        this.disclosure = disclosure;
    }

    @GetMapping("/api/reports/{year}/published/{revision}/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @PathVariable int revision,
            @RequestParam(defaultValue = "html") String format, @RequestParam(defaultValue = "statutory") String template,
            @RequestParam(required = false) String kind) {
        AnnualReportController.checked(year);
        Kind of = Kind.of(kind);
        Format chosenFormat = Downloads.choice(Format.class, "format", format);
        Template chosenTemplate = Downloads.choice(Template.class, "template", template);
        String department = departments.current();
        PublishedRevision published = reports.published(department, year, of, revision).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Revision " + revision + " of the " + year + " "
                        + of.title() + " has not been published."));
        ReportDocument document = switch (of) {
            case RULE_OF_LAW -> documents.ruleOfLaw(names.inTitle(department, year), year, published.figures(), published.narrative(), chosenTemplate, null);
            // The frozen figures are the catalog's, not the cells of tables 三 and 四 (applicant by outcome, case by
            // result): the tables are taken from the records as they stood when the publication was recorded, which
            // every later correction leaves as it was.
            case DISCLOSURE -> disclosure.published(department, year, published.figures(), published.narrative(),
                    published.recordedAt());
        };
        document = document.opening(new ReportDocument.Paragraph(List.of(new ReportDocument.Text(
                stamp(department, published))))).closing(ReportDocument.Closing.of(names.inTitle(department, year),
                        published.publishedOn()));
        String name = of == Kind.DISCLOSURE ? ReportDocuments.disclosureFileName(year, chosenFormat)
                : ReportDocuments.fileName(year, chosenFormat);
        return Downloads.file(documents.write(document, chosenFormat, null, null), chosenFormat,
                year + "-" + of.slug() + "-report-" + revision, revisionName(name, revision, chosenFormat));
    }

    /** （2025年3月28日公布） or, for a revision, （2025年3月28日公布，2025年4月10日第1次修订，本稿为第2版；修订原因：……）. */
    private String stamp(String department, PublishedRevision published) {
        if (published.revision() == 1) {
            return "（" + day(published.publishedOn()) + "公布）";
        }
        LocalDate first = reports.published(department, published.year(), published.kind(), 1).map(PublishedRevision::publishedOn)
                .orElse(null);
        return "（" + (first == null ? "" : day(first) + "公布，") + day(published.publishedOn()) + "第"
                + (published.revision() - 1) + "次修订，本稿为第" + published.revision() + "版"
                + (published.revisionReason() == null ? "" : "；修订原因：" + published.revisionReason()) + "）";
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** 2024年法治政府建设年度报告（第2版）.docx for a revision after the first. */
    private static String revisionName(String name, int revision, Format format) {
        if (revision == 1) {
            return name;
        }
        String stem = name.substring(0, name.length() - format.extension().length() - 1);
        return stem + "（第" + revision + "版）." + format.extension();
    }
}
