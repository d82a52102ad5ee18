package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record IntegrityWorkRecorded(String workId, IntegrityWorkDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return workId;
    }
}
