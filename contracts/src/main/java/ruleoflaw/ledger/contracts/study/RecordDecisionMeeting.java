package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDecisionMeeting(@TargetAggregateIdentifier String meetingId, DecisionMeetingDetails details) {
}
