package ruleoflaw.ledger.litigation.reviews;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ruleoflaw.ledger.contracts.litigation.CorrectLegalReview;
import ruleoflaw.ledger.contracts.litigation.LegalReviewCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewRecorded;
import ruleoflaw.ledger.contracts.litigation.RecordLegalReview;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalReview;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.record.RecordRules;

/** One legal review (合法性审查) completed: a normative document, a major decision, a contract, ... */
@Aggregate
public class LegalReview {

    @AggregateIdentifier
    private String reviewId;
    private boolean withdrawn;

    protected LegalReview() {
        // for Axon
    }

    @CommandHandler
    public LegalReview(RecordLegalReview command) {
        apply(new LegalReviewRecorded(command.reviewId(), stripped(command.details())));
    }

    @CommandHandler
    void handle(CorrectLegalReview command) {
        RecordRules.requireNotWithdrawn(withdrawn, LegalReviewDetails.TYPE, reviewId);
        apply(new LegalReviewCorrected(reviewId, command.reason(), stripped(command.details())));
    }

    @CommandHandler
    void handle(WithdrawLegalReview command) {
        RecordRules.requireNotWithdrawn(withdrawn, LegalReviewDetails.TYPE, reviewId);
        apply(new RecordWithdrawn(reviewId, LegalReviewDetails.TYPE, command.reason()));
    }

    @EventSourcingHandler
    void on(LegalReviewRecorded event) {
        reviewId = event.reviewId();
    }

    @EventSourcingHandler
    void on(RecordWithdrawn event) {
        withdrawn = true;
    }

    private static LegalReviewDetails stripped(LegalReviewDetails d) {
        return new LegalReviewDetails(d.kind(), d.subject().strip(), d.reviewedOn(), d.conclusion().strip());
    }
}
