package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawHearingAttendance(@TargetAggregateIdentifier String attendanceId, @TargetAggregateVersion Long expectedVersion, String reason) {
}
