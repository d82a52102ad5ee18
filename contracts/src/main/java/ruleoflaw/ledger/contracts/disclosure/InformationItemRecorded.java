package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record InformationItemRecorded(String itemId, InformationItemDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return itemId;
    }
}
