package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectServiceItem(@TargetAggregateIdentifier String itemId, @TargetAggregateVersion Long expectedVersion,
        String reason, ServiceItemDetails details) {
}
