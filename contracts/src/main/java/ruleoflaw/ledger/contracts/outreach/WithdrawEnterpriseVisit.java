package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawEnterpriseVisit(@TargetAggregateIdentifier String visitId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
