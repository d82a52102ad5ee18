package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectLawExam(@TargetAggregateIdentifier String examId, @TargetAggregateVersion Long expectedVersion, String reason, LawExamDetails details) {
}
