package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawDecisionMeeting(@TargetAggregateIdentifier String meetingId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
