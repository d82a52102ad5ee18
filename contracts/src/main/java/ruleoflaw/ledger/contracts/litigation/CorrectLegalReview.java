package ruleoflaw.ledger.contracts.litigation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectLegalReview(@TargetAggregateIdentifier String reviewId, @TargetAggregateVersion Long expectedVersion, String reason, LegalReviewDetails details) {
}
