package ruleoflaw.ledger.reporting.document;

/** A part of the rule-of-law annual report that takes a human narrative. */
public enum Section {
    INTRODUCTION, MEASURES, PRINCIPAL_DUTIES, SHORTCOMINGS, NEXT_YEAR, OTHER
}
