package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

/** The details as received corrected; the lifecycle so far is kept (and the defence deadline follows the receipt date). */
public record LegalCaseCorrected(String caseId, String reason, LegalCaseFile file) implements LegalCaseEvent, RecordCorrected {
}
