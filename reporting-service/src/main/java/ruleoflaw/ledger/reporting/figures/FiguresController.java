package ruleoflaw.ledger.reporting.figures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.records.AsOf;
import ruleoflaw.ledger.reporting.records.LedgerRecords;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The year's figures, and the records behind each, as known now or at a past moment
 * ({@code asOf}: an ISO instant, or a date meaning the end of that day in China Standard Time;
 * recording times are kept to the millisecond, so {@code asOf} is too).
 */
@RestController
@RequestMapping("/api/reports/{year}/figures")
class FiguresController {

    private final LedgerRecords records;
    private final FigureCatalog catalog;
    private final YearFigures yearFigures;
    private final Clock clock;
    private final Departments departments;

    FiguresController(LedgerRecords records, FigureCatalog catalog, YearFigures yearFigures, Clock clock,
            Departments departments) {
        this.departments = departments;
        this.records = records;
        this.catalog = catalog;
        this.yearFigures = yearFigures;
        this.clock = clock;
    }

    /** Every figure, null where it is not known (a count it needs is not stated). */
    record Figures(String department, int year, Instant asOf,
            @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Number> figures) {
    }

    record Evidence(String department, int year, String key, Instant asOf,
            @JsonInclude(JsonInclude.Include.ALWAYS) Number value, List<EvidenceRecord> records) {
    }

    /** One record behind a figure, in the version that counts, with who made that version and why. */
    record EvidenceRecord(String recordId, String type, String businessDate, String title, long version, String change,
            String reason, Instant recordedAt, String recordedBy, String correlationId, Map<String, Object> record) {

        static EvidenceRecord of(RecordVersion v) {
            return new EvidenceRecord(v.recordId(), v.type(), v.businessDate(), v.title(), v.version(), v.change(),
                    v.reason(), v.recordedAt(), v.recordedBy(), v.correlationId(), v.facts());
        }
    }

    @GetMapping
    Figures figures(@PathVariable int year, @RequestParam(required = false) String asOf) {
        Instant moment = moment(year, asOf);
        String department = departments.current();
        return new Figures(department, year, moment, yearFigures.asOf(department, year, asOf, moment));
    }

    @GetMapping("/{key}/evidence")
    Evidence evidence(@PathVariable int year, @PathVariable String key, @RequestParam(required = false) String asOf) {
        Figure figure = catalog.figure(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no figure '" + key + "'. GET /api/reports/" + year + "/figures lists them all."));
        Instant moment = moment(year, asOf);
        String department = departments.current();
        Figure.Result result = figure.compute(records.ofYear(department, year, moment),
                yearFigures.ledger(department, year, moment));
        return new Evidence(department, year, key, moment, result.value(),
                result.evidence().stream().map(EvidenceRecord::of).toList());
    }

    private Instant moment(int year, String asOf) {
        return AsOf.moment(year, asOf, clock);
    }
}
