package ruleoflaw.ledger.reporting.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.reporting.records.LedgerRecords;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * The year's figures, and the records behind each, as known now or at a past moment
 * ({@code asOf}: an ISO instant, or a date meaning the end of that day in China Standard Time;
 * recording times are kept to the millisecond, so {@code asOf} is too).
 */
@RestController
@RequestMapping("/api/reports/{year}/figures")
public class FiguresController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LedgerRecords records;
    private final FigureCatalog catalog;
    private final Clock clock;

    FiguresController(LedgerRecords records, FigureCatalog catalog, Clock clock) {
        this.records = records;
        this.catalog = catalog;
        this.clock = clock;
    }

    record Figures(int year, Instant asOf, Map<String, Number> figures) {
    }

    record Evidence(int year, String key, Instant asOf, Number value, List<EvidenceRecord> records) {
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
        return new Figures(year, moment, values(year, moment));
    }

    /** Every figure of the year as known at {@code moment}, in catalog order. */
    public Map<String, Number> values(int year, Instant moment) {
        return catalog.values(records.ofYear(year, moment), ledgerAsOf(year, moment));
    }

    @GetMapping("/{key}/evidence")
    Evidence evidence(@PathVariable int year, @PathVariable String key, @RequestParam(required = false) String asOf) {
        Figure figure = catalog.figure(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no figure '" + key + "'. GET /api/reports/" + year + "/figures lists them all."));
        Instant moment = moment(year, asOf);
        Figure.Result result = figure.compute(records.ofYear(year, moment), ledgerAsOf(year, moment));
        return new Evidence(year, key, moment, result.value(),
                result.evidence().stream().map(EvidenceRecord::of).toList());
    }

    /** The records of every year as they stood at {@code moment}, for the figures that look back. */
    private Figure.Ledger ledgerAsOf(int year, Instant moment) {
        return Figure.Ledger.of(year, type -> records.ofType(type, moment));
    }

    /** The moment of {@code asOf} (now when blank); a year out of range or a bad {@code asOf} is a 400 naming it. */
    public Instant moment(int year, String asOf) {
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "must be between 2000 and 2100");
        }
        if (asOf == null || asOf.isBlank()) {
            return clock.instant().truncatedTo(ChronoUnit.MILLIS);
        }
        try {
            return asOf.length() == 10
                    ? LocalDate.parse(asOf).plusDays(1).atStartOfDay(CHINA).toInstant().minusMillis(1)
                    : Instant.parse(asOf).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("asOf", "must be a date (2024-12-05) or an instant (2024-12-05T08:00:00Z)");
        }
    }
}
