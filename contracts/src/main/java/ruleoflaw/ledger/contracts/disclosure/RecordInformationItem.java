package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordInformationItem(@TargetAggregateIdentifier String itemId, InformationItemDetails details) {
}
