package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record LegalCounselRecorded(String counselId, LegalCounselDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return counselId;
    }
}
