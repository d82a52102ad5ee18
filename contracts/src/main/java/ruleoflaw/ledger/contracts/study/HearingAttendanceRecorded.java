package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record HearingAttendanceRecorded(String attendanceId, HearingAttendanceDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return attendanceId;
    }
}
