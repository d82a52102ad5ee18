package ruleoflaw.ledger.reporting.document;

/** Where the disclosure report's narrative of a year comes from (the report being drafted). */
public interface DisclosureNarrativeSource {

    Narrative current(String department, int year);
}
