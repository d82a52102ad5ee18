package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLegalCase(@TargetAggregateIdentifier String caseId, LegalCaseDetails details) {
}
