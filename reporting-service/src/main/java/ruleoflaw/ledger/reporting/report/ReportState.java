package ruleoflaw.ledger.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of one annual report: its current revision as it stands, who last wrote each section, and every
 * step of its history. {@link #version} is the last event applied, so a replayed event changes nothing.
 */
@Document(ReportState.COLLECTION)
class ReportState {

    static final String COLLECTION = "reporting_annual_reports";

    @Id
    String reportId;
    Kind kind;
    int year;
    int revision;
    ReportStatus status;
    long version = -1;
    /** Section name → text of the current revision. */
    Map<String, String> narrative = new LinkedHashMap<>();
    /** Section name → its last edit. */
    Map<String, SectionEdit> edits = new LinkedHashMap<>();
    String revisionReason;
    List<FigureChange> figuresChangedAtRevision = new ArrayList<>();
    List<Integer> publishedRevisions = new ArrayList<>();
    LocalDate firstPublishedOn;
    List<Step> history = new ArrayList<>();

    /** Who wrote a section last, when, and in which revision. */
    record SectionEdit(String editor, String recordedBy, Instant recordedAt, int revision) {
    }

    /**
     * One event of the report's history: what happened, who did it (as named in the command and as the platform
     * recorded the request), when, and why where a reason is given.
     */
    record Step(long version, int revision, String what, String by, String recordedBy, Instant recordedAt,
            String reason, String section, LocalDate publishedOn) {
    }
}
