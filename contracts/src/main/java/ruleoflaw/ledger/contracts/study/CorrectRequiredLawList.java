package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectRequiredLawList(@TargetAggregateIdentifier String listId, @TargetAggregateVersion Long expectedVersion,
        String reason, RequiredLawListDetails details) {
}
