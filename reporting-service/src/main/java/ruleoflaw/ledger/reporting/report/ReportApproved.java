package ruleoflaw.ledger.reporting.report;

public record ReportApproved(String reportId, int revision, String approver) implements AnnualReportEvent {
}
