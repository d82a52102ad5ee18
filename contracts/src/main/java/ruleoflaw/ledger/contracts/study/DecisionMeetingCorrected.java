package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record DecisionMeetingCorrected(String meetingId, String reason, DecisionMeetingDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return meetingId;
    }
}
