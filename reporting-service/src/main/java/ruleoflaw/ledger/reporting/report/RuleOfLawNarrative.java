package ruleoflaw.ledger.reporting.report;

import org.springframework.stereotype.Component;

import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.NarrativeSource;

/** The narrative of the rule-of-law report's current revision, for the report document. */
@Component
class RuleOfLawNarrative implements NarrativeSource {

    private final AnnualReports reports;

    RuleOfLawNarrative(AnnualReports reports) {
        this.reports = reports;
    }

    @Override
    public Narrative current(String department, int year) {
        return reports.narrative(Kind.RULE_OF_LAW, department, year);
    }
}
