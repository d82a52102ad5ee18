package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDisclosureApplication(@TargetAggregateIdentifier String applicationId, DisclosureApplicationDetails details) {
}
