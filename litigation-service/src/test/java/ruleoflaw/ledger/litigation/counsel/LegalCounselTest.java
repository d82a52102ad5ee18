package ruleoflaw.ledger.litigation.counsel;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.litigation.CorrectLegalCounsel;
import ruleoflaw.ledger.contracts.litigation.LegalCounselCorrected;
import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselRecorded;
import ruleoflaw.ledger.contracts.litigation.RecordLegalCounsel;
import ruleoflaw.ledger.contracts.litigation.WithdrawLegalCounsel;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class LegalCounselTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate RETAINED = LocalDate.of(2024, 1, 5);
    private static final LegalCounselDetails RETAINED_COUNSEL = new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1,
            DEC_31, RETAINED, null);
    private static final LegalCounselDetails FILED = new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1, DEC_31,
            RETAINED, LocalDate.of(2024, 1, 20));

    private FixtureConfiguration<LegalCounsel> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalCounsel.class);
    }

    @Test
    void counselIsRetainedWithNameAndFirmStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordLegalCounsel("l-1", new LegalCounselDetails(" 张明", "重庆渝法律师事务所 ", JAN_1, DEC_31,
                        RETAINED, null)))
                .expectEvents(new LegalCounselRecorded("l-1", RETAINED_COUNSEL));
    }

    @Test
    void aTermEndingBeforeItStartsIsRefusedNamingTermEnd() {
        fixture.givenNoPriorActivity()
                .when(new RecordLegalCounsel("l-1", new LegalCounselDetails("张明", "重庆渝法律师事务所", JAN_1,
                        JAN_1.minusDays(1), RETAINED, null)))
                .expectException(refusedOn("termEnd"))
                .expectNoEvents();
    }

    @Test
    void aFilingIsACorrectionAndMayNotPrecedeTheRetaining() {
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL))
                .when(new CorrectLegalCounsel("l-1", 0L, "已报备", FILED))
                .expectEvents(new LegalCounselCorrected("l-1", "已报备", FILED));
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL))
                .when(new CorrectLegalCounsel("l-1", 0L, "已报备", new LegalCounselDetails("张明", "重庆渝法律师事务所",
                        JAN_1, DEC_31, RETAINED, RETAINED.minusDays(1))))
                .expectException(refusedOn("filedOn"))
                .expectNoEvents();
    }

    @Test
    void aStaleCorrectionIsRefused() {
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL), new LegalCounselCorrected("l-1", "已报备", FILED))
                .when(new CorrectLegalCounsel("l-1", 0L, "改", FILED))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCounselIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL))
                .when(new WithdrawLegalCounsel("l-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("l-1", "legal.counsel", "重复录入"));
        RecordWithdrawn withdrawn = new RecordWithdrawn("l-1", "legal.counsel", "重复录入");
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL), withdrawn)
                .when(new CorrectLegalCounsel("l-1", 1L, "改", FILED))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new LegalCounselRecorded("l-1", RETAINED_COUNSEL), withdrawn)
                .when(new WithdrawLegalCounsel("l-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
