package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectNormativeRepeal(@TargetAggregateIdentifier String repealId, @TargetAggregateVersion Long expectedVersion,
        String reason, NormativeRepealDetails details) {
}
