package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record ContestEditionRecorded(String editionId, ContestEditionDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return editionId;
    }
}
