package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordIntegrityWork(@TargetAggregateIdentifier String workId, IntegrityWorkDetails details) {
}
