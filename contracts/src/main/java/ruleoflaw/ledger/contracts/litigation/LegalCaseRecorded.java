package ruleoflaw.ledger.contracts.litigation;

/** A case received; its defence deadline runs from now. */
public record LegalCaseRecorded(String caseId, LegalCaseFile file) implements LegalCaseEvent {
}
