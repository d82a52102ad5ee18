package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContestSeries(@TargetAggregateIdentifier String seriesId, ContestSeriesDetails details) {
}
