package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record ServiceItemRecorded(String itemId, ServiceItemDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return itemId;
    }
}
