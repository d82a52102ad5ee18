package ruleoflaw.ledger.reporting.report;

/** The report of a kind and year exists: its first revision is a draft. */
public record ReportStarted(String reportId, Kind kind, int year, int revision) implements AnnualReportEvent {
}
