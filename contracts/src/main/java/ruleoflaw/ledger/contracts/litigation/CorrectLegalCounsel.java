package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectLegalCounsel(@TargetAggregateIdentifier String counselId, @TargetAggregateVersion Long expectedVersion, String reason, LegalCounselDetails details) {
}
