package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record IntegrityWorkCorrected(String workId, String reason, IntegrityWorkDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return workId;
    }
}
