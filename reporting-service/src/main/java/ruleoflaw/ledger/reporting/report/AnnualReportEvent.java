package ruleoflaw.ledger.reporting.report;

/** Something that happened to a revision of an annual report. */
public interface AnnualReportEvent {

    String reportId();

    int revision();
}
