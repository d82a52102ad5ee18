package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordServiceMaterialsUpdate(@TargetAggregateIdentifier String updateId, ServiceMaterialsUpdateDetails details) {
}
