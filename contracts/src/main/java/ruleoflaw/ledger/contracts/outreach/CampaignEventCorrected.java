package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record CampaignEventCorrected(String eventId, String reason, CampaignEventDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return eventId;
    }
}
