package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record BriefingCorrected(String briefingId, String reason, BriefingDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return briefingId;
    }
}
