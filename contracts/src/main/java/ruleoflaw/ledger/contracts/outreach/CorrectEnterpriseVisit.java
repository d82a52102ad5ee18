package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectEnterpriseVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason, EnterpriseVisitDetails details) {
}
