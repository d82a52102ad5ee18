package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawStudySession(@TargetAggregateIdentifier String sessionId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
