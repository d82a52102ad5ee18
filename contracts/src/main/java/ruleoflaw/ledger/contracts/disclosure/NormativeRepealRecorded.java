package ruleoflaw.ledger.contracts.disclosure;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record NormativeRepealRecorded(String repealId, NormativeRepealDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return repealId;
    }
}
