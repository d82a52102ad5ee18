package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record StudySessionRecorded(String sessionId, StudySessionDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return sessionId;
    }
}
