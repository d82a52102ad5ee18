package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record ServiceMaterialsUpdateCorrected(String updateId, String reason, ServiceMaterialsUpdateDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return updateId;
    }
}
