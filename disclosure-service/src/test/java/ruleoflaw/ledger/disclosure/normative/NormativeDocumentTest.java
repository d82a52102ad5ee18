package ruleoflaw.ledger.disclosure.normative;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.disclosure.CorrectNormativeDocument;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentCorrected;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded;
import ruleoflaw.ledger.contracts.disclosure.RecordNormativeDocument;
import ruleoflaw.ledger.contracts.disclosure.WithdrawNormativeDocument;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class NormativeDocumentTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 6, 3);
    private static final NormativeDocumentDetails SPECIAL_COMMISSIONERS = new NormativeDocumentDetails(
            "九龙坡科技发〔2024〕12号", "重庆市九龙坡区科技特派员管理办法（修订）", ISSUED, ISSUED.plusDays(30),
            ISSUED.plusYears(5), "九龙坡科技发〔2019〕8号");

    private FixtureConfiguration<NormativeDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NormativeDocument.class);
    }

    @Test
    void aRevisingDocumentIsRecorded() {
        fixture.givenNoPriorActivity().when(new RecordNormativeDocument("d-1", SPECIAL_COMMISSIONERS))
                .expectEvents(new NormativeDocumentRecorded("d-1", SPECIAL_COMMISSIONERS));
    }

    @Test
    void datesAreInOrderAndADocumentDoesNotReviseItself() {
        fixture.givenNoPriorActivity()
                .when(new RecordNormativeDocument("d-1", new NormativeDocumentDetails("九龙坡科技发〔2024〕12号", "办法",
                        ISSUED, ISSUED.minusDays(1), null, null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordNormativeDocument("d-1", new NormativeDocumentDetails("九龙坡科技发〔2024〕12号", "办法",
                        ISSUED, ISSUED, ISSUED.minusDays(1), null)))
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordNormativeDocument("d-1", new NormativeDocumentDetails("九龙坡科技发〔2024〕12号", "办法",
                        ISSUED, ISSUED, null, "九龙坡科技发〔2024〕12号")))
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void aCorrectionAndAWithdrawal() {
        fixture.given(new NormativeDocumentRecorded("d-1", SPECIAL_COMMISSIONERS))
                .when(new CorrectNormativeDocument("d-1", 0L, "文号有误", SPECIAL_COMMISSIONERS))
                .expectEvents(new NormativeDocumentCorrected("d-1", "文号有误", SPECIAL_COMMISSIONERS));
        fixture.given(new NormativeDocumentRecorded("d-1", SPECIAL_COMMISSIONERS))
                .when(new WithdrawNormativeDocument("d-1", 0L, "录错"))
                .expectEvents(new RecordWithdrawn("d-1", "normative.document", "录错"));
        fixture.given(new NormativeDocumentRecorded("d-1", SPECIAL_COMMISSIONERS),
                        new RecordWithdrawn("d-1", "normative.document", "录错"))
                .when(new CorrectNormativeDocument("d-1", 1L, "改", SPECIAL_COMMISSIONERS))
                .expectException(RecordConflictException.class);
    }
}
