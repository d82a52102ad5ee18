package ruleoflaw.ledger.reporting.report;

import java.util.List;

/** The next revision of a published report is open as a draft; the figures that differed when it was opened. */
public record RevisionStarted(String reportId, int revision, String reason, String startedBy,
        List<FigureChange> changedFigures) implements AnnualReportEvent {
}
