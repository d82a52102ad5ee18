package ruleoflaw.ledger.reporting.report;

public record ReportSubmitted(String reportId, int revision, String submittedBy) implements AnnualReportEvent {
}
