package ruleoflaw.ledger.reporting.document;

/** Where the report's narrative of a year comes from (the report being drafted); nothing written by default. */
public interface NarrativeSource {

    Narrative current(String department, int year);
}
