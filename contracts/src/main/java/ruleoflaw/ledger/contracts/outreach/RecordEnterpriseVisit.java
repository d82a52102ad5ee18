package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEnterpriseVisit(@TargetAggregateIdentifier String visitId, EnterpriseVisitDetails details) {
}
