package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLegalCounsel(@TargetAggregateIdentifier String counselId, LegalCounselDetails details) {
}
