package ruleoflaw.ledger.reporting.district;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.document.Downloads;
import ruleoflaw.ledger.reporting.document.Format;
import ruleoflaw.ledger.reporting.document.ReportDocuments;

/**
 * The district's view of a year, for those who read every department (the district office, a district-wide auditor):
 * as JSON, as an Excel workbook and as a document. Anyone else is refused: a department sees its own figures only.
 */
@RestController
@RequestMapping("/api/reports/district/{year}")
class DistrictController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DistrictTables tables;
    private final Departments departments;
    private final ReportDocuments documents;

    DistrictController(DistrictTables tables, Departments departments, ReportDocuments documents) {
        this.tables = tables;
        this.departments = departments;
        this.documents = documents;
    }

    @GetMapping
    DistrictTable table(@PathVariable int year) {
        return tables.of(checked(year));
    }

    @GetMapping("/spreadsheet")
    ResponseEntity<byte[]> spreadsheet(@PathVariable int year) {
        byte[] file = DistrictSpreadsheet.write(tables.of(checked(year)));
        String name = DistrictWords.title(year) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; "
                + "filename=\"" + year + "-district.xlsx\"; filename*=UTF-8''" + UriUtils.encode(name,
                StandardCharsets.UTF_8)).body(file);
    }

    @GetMapping("/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @RequestParam(defaultValue = "docx") String format) {
        Format chosen = Downloads.choice(Format.class, "format", format);
        byte[] file = documents.write(DistrictDocument.of(tables.of(checked(year))), chosen, null, null);
        return Downloads.file(file, chosen, year + "-district", DistrictWords.title(year) + "." + chosen.extension());
    }

    private int checked(int year) {
        if (!departments.districtWide()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The district's table is for those who read every "
                    + "department (the district office, a district-wide auditor); a department reads its own figures "
                    + "at /api/reports/" + year + "/figures.");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "must be between 2000 and 2100");
        }
        return year;
    }
}
