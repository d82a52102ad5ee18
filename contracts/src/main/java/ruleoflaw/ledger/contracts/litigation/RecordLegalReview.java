package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLegalReview(@TargetAggregateIdentifier String reviewId, LegalReviewDetails details) {
}
