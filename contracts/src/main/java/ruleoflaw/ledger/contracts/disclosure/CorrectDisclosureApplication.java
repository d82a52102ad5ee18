package ruleoflaw.ledger.contracts.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectDisclosureApplication(@TargetAggregateIdentifier String applicationId,
        @TargetAggregateVersion Long expectedVersion, String reason, DisclosureApplicationDetails details) {
}
