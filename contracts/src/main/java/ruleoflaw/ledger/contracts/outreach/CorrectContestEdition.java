package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectContestEdition(@TargetAggregateIdentifier String editionId, @TargetAggregateVersion Long expectedVersion, String reason, ContestEditionDetails details) {
}
