package ruleoflaw.ledger.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * A revision made public: it keeps the figures and the narrative as they stood, so the published text can be shown
 * again however the records change later. A revision after the first also says what it changed against the last
 * published one, and why it was opened.
 */
public record ReportPublished(String reportId, Kind kind, int year, int revision, LocalDate publishedOn, String approver,
        Map<String, Number> figures, Narrative narrative, String revisionReason, List<FigureChange> changedFigures,
        List<Section> changedSections) implements AnnualReportEvent {
}
