package ruleoflaw.ledger.contracts.outreach;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record ContestSeriesCorrected(String seriesId, String reason, ContestSeriesDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return seriesId;
    }
}
