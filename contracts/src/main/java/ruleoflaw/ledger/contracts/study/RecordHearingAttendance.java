package ruleoflaw.ledger.contracts.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordHearingAttendance(@TargetAggregateIdentifier String attendanceId, HearingAttendanceDetails details) {
}
