package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record DecisionMeetingRecorded(String meetingId, DecisionMeetingDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return meetingId;
    }
}
