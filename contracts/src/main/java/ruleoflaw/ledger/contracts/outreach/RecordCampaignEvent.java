package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordCampaignEvent(@TargetAggregateIdentifier String eventId, CampaignEventDetails details) {
}
