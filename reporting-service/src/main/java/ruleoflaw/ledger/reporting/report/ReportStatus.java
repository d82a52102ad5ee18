package ruleoflaw.ledger.reporting.report;

/** Where a revision of a report stands: draft → submitted → approved → published (submitted may go back to draft). */
public enum ReportStatus {
    /** Nothing written yet: the report exists only as a deadline. */
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    APPROVED,
    PUBLISHED
}
