package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawNormativeDocument(@TargetAggregateIdentifier String documentId, @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
