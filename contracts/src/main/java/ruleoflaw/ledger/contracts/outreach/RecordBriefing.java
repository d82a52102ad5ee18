package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordBriefing(@TargetAggregateIdentifier String briefingId, BriefingDetails details) {
}
