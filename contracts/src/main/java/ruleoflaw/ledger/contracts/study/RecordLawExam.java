package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLawExam(@TargetAggregateIdentifier String examId, LawExamDetails details) {
}
