package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record ServiceMaterialsUpdateRecorded(String updateId, ServiceMaterialsUpdateDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return updateId;
    }
}
