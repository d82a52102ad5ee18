package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record ContestSeriesRecorded(String seriesId, ContestSeriesDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return seriesId;
    }
}
