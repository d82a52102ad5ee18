package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNormativeDocument(@TargetAggregateIdentifier String documentId, NormativeDocumentDetails details) {
}
