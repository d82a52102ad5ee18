package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawNormativeRepeal(@TargetAggregateIdentifier String repealId, @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
