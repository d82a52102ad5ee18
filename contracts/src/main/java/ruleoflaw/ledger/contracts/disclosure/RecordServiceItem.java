package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordServiceItem(@TargetAggregateIdentifier String itemId, ServiceItemDetails details) {
}
