package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record HearingAttendanceCorrected(String attendanceId, String reason, HearingAttendanceDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return attendanceId;
    }
}
