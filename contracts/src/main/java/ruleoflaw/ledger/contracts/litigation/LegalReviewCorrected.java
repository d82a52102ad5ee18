package ruleoflaw.ledger.contracts.litigation;

import ruleoflaw.ledger.contracts.record.RecordCorrected;

public record LegalReviewCorrected(String reviewId, String reason, LegalReviewDetails details) implements RecordCorrected {

    @Override
    public String recordId() {
        return reviewId;
    }
}
