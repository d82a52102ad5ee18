package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record ServiceItemCorrected(String itemId, String reason, ServiceItemDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return itemId;
    }
}
