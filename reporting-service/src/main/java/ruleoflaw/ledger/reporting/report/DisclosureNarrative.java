package ruleoflaw.ledger.reporting.report;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.document.DisclosureNarrativeSource;
import ruleoflaw.ledger.reporting.document.Narrative;

/** The narrative of the disclosure report's current revision, for its document. */
@Component
class DisclosureNarrative implements DisclosureNarrativeSource {

    private final AnnualReports reports;

    DisclosureNarrative(AnnualReports reports) {
        this.reports = reports;
    }

    @Override
    public Narrative current(String department, int year) {
        return reports.narrative(Kind.DISCLOSURE, department, year);
    }
}
