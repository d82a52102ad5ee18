package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawLawExam(@TargetAggregateIdentifier String examId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
