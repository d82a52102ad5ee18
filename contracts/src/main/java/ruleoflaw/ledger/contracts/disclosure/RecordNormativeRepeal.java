package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNormativeRepeal(@TargetAggregateIdentifier String repealId, NormativeRepealDetails details) {
}
