package ruleoflaw.ledger.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published revision, frozen as its event stated it. Figures are kept as a list: their keys have dots, which
 * MongoDB field names must not.
 */
@Document(PublishedDocument.COLLECTION)
record PublishedDocument(@Id String id, String reportId, Kind kind, int year, int revision, LocalDate publishedOn,
        String approver, List<FigureValue> figures, Map<String, String> narrative, String revisionReason,
        List<FigureChange> changedFigures, List<String> changedSections, String recordedBy, Instant recordedAt) {

    static final String COLLECTION = "reporting_published_reports";

    record FigureValue(String key, Number value) {
    }

    static String id(String reportId, int revision) {
        return reportId + "#" + revision;
    }
}
