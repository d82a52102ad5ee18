package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record RequiredLawListCorrected(String listId, String reason, RequiredLawListDetails details)
        implements RecordCorrected {

    @Override
    public String recordId() {
        return listId;
    }
}
