package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawBriefing(@TargetAggregateIdentifier String briefingId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
