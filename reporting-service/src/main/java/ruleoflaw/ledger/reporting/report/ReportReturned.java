package ruleoflaw.ledger.reporting.report;

/** Back to draft, with the approver's reason. */
public record ReportReturned(String reportId, int revision, String reason, String returnedBy) implements AnnualReportEvent {
}
