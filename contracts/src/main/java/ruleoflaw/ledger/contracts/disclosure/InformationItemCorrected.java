package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record InformationItemCorrected(String itemId, String reason, InformationItemDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return itemId;
    }
}
