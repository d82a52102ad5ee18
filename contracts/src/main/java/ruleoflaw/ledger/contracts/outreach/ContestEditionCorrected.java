package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record ContestEditionCorrected(String editionId, String reason, ContestEditionDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return editionId;
    }
}
