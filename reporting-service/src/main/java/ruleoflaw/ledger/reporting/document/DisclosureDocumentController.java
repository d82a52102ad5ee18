package ruleoflaw.ledger.reporting.document;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.records.AsOf;

/**
 * The year's 政府信息公开工作年度报告 as a file, its figures and tables as the records stood at {@code asOf} (now by
 * default), the narrative of the disclosure report written so far; the figures link to their evidence as of then.
 */
@RestController
class DisclosureDocumentController {

    private final DisclosureDocuments disclosure;
    private final ReportDocuments documents;
    private final Clock clock;

    private final Departments departments;

    DisclosureDocumentController(DisclosureDocuments disclosure, ReportDocuments documents, Clock clock,
            Departments departments) {
        this.departments = departments;
        this.disclosure = disclosure;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/api/reports/{year}/disclosure-report/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) String asOf) {
        Format chosen = Downloads.choice(Format.class, "format", format);
        Instant moment = AsOf.moment(year, asOf, clock);
        byte[] file = documents.write(disclosure.draft(departments.current(), year, moment), chosen, "/api/reports/" + year + "/figures/",
                moment);
        return Downloads.file(file, chosen, year + "-disclosure-report", ReportDocuments.disclosureFileName(year, chosen));
    }
}
