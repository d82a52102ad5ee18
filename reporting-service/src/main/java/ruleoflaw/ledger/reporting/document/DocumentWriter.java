package ruleoflaw.ledger.reporting.document;

/** Writes a report document in one file format. */
interface DocumentWriter {

    byte[] write(ReportDocument document, EvidenceLinks evidence);
}
