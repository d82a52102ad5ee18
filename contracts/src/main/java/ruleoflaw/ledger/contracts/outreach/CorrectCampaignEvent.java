package ruleoflaw.ledger.contracts.outreach;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectCampaignEvent(@TargetAggregateIdentifier String eventId, @TargetAggregateVersion Long expectedVersion, String reason, CampaignEventDetails details) {
}
