package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordRequiredLawList(@TargetAggregateIdentifier String listId, RequiredLawListDetails details) {
}
