package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawServiceMaterialsUpdate(@TargetAggregateIdentifier String updateId, @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
