package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordStated;

public record LegalReviewRecorded(String reviewId, LegalReviewDetails details) implements RecordStated {

    @Override
    public String recordId() {
        return reviewId;
    }
}
