package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordContestEdition(@TargetAggregateIdentifier String editionId, ContestEditionDetails details) {
}
