package ruleoflaw.ledger.contracts.study;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record RequiredLawListRecorded(String listId, RequiredLawListDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return listId;
    }
}
