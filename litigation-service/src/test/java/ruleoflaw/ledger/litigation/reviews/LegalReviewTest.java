package ruleoflaw.ledger.litigation.reviews;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.litigation.CorrectLegalReview;
import ruleoflaw.ledger.contracts.litigation.LegalReviewCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewRecorded;
import ruleoflaw.ledger.contracts.litigation.RecordLegalReview;
import ruleoflaw.ledger.contracts.litigation.ReviewKind;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalReview;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class LegalReviewTest {

    private static final LegalReviewDetails REVIEW = new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT,
            "《重庆市九龙坡区科技特派员管理办法（修订）》", LocalDate.of(2024, 5, 20), "合法，同意印发");

    private FixtureConfiguration<LegalReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalReview.class);
    }

    @Test
    void aReviewIsRecordedWithItsTextStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordLegalReview("r-1", new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT,
                        " 《重庆市九龙坡区科技特派员管理办法（修订）》", LocalDate.of(2024, 5, 20), "合法，同意印发 ")))
                .expectEvents(new LegalReviewRecorded("r-1", REVIEW));
    }

    @Test
    void aCorrectionStatesTheReviewAnewAndAStaleOneIsRefused() {
        LegalReviewDetails corrected = new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT, REVIEW.subject(),
                LocalDate.of(2024, 5, 21), "合法，修改后印发");
        fixture.given(new LegalReviewRecorded("r-1", REVIEW))
                .when(new CorrectLegalReview("r-1", 0L, "审查日期", corrected))
                .expectEvents(new LegalReviewCorrected("r-1", "审查日期", corrected));
        fixture.given(new LegalReviewRecorded("r-1", REVIEW), new LegalReviewCorrected("r-1", "审查日期", corrected))
                .when(new CorrectLegalReview("r-1", 0L, "又改", REVIEW))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnReviewIsNeitherCorrectedNorWithdrawnAgain() {
        RecordWithdrawn withdrawn = new RecordWithdrawn("r-1", "legal.review", "重复录入");
        fixture.given(new LegalReviewRecorded("r-1", REVIEW))
                .when(new WithdrawLegalReview("r-1", 0L, "重复录入"))
                .expectEvents(withdrawn);
        fixture.given(new LegalReviewRecorded("r-1", REVIEW), withdrawn)
                .when(new CorrectLegalReview("r-1", 1L, "改", REVIEW))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new LegalReviewRecorded("r-1", REVIEW), withdrawn)
                .when(new WithdrawLegalReview("r-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }
}
