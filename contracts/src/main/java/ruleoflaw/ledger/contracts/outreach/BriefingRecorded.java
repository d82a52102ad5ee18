package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record BriefingRecorded(String briefingId, BriefingDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return briefingId;
    }
}
