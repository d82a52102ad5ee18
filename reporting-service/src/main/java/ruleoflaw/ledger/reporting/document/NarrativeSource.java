package ruleoflaw.ledger.reporting.document;

public interface NarrativeSource {

    Narrative current(int year);
}
