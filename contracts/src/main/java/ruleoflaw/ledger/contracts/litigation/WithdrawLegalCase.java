package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawLegalCase(@TargetAggregateIdentifier String caseId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
