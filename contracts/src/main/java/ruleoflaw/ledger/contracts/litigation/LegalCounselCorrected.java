package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record LegalCounselCorrected(String counselId, String reason, LegalCounselDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return counselId;
    }
}
