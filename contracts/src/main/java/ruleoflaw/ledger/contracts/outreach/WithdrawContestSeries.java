package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawContestSeries(@TargetAggregateIdentifier String seriesId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
