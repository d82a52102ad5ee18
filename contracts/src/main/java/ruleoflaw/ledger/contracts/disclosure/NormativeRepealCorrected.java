package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record NormativeRepealCorrected(String repealId, String reason, NormativeRepealDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return repealId;
    }
}
