package ruleoflaw.ledger.reporting.report;

import ruleoflaw.ledger.reporting.document.Section;

/** A section of the draft now reads {@code text} (empty: cleared). */
public record NarrativeEdited(String reportId, int revision, Section section, String text, String editor)
        implements AnnualReportEvent {
}
