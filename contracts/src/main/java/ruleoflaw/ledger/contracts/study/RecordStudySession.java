package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordStudySession(@TargetAggregateIdentifier String sessionId, StudySessionDetails details) {
}
