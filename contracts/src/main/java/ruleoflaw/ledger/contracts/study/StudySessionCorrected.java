package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record StudySessionCorrected(String sessionId, String reason, StudySessionDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return sessionId;
    }
}
