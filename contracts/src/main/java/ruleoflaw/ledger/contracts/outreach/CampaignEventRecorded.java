package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record CampaignEventRecorded(String eventId, CampaignEventDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return eventId;
    }
}
