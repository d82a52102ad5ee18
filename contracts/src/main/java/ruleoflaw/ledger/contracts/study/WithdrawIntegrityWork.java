package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawIntegrityWork(@TargetAggregateIdentifier String workId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
