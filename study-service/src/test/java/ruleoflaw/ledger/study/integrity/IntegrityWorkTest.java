package ruleoflaw.ledger.study.integrity;

import static ruleoflaw.ledger.contracts.study.IntegrityWorkKind.INTEGRITY_STUDY;
import static ruleoflaw.ledger.contracts.study.IntegrityWorkKind.INTEGRITY_TALK;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectIntegrityWork;
import ruleoflaw.ledger.contracts.study.IntegrityWorkCorrected;
import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.contracts.study.IntegrityWorkRecorded;
import ruleoflaw.ledger.contracts.study.RecordIntegrityWork;
import ruleoflaw.ledger.contracts.study.WithdrawIntegrityWork;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class IntegrityWorkTest {

    private static final LocalDate APRIL_10 = LocalDate.of(2024, 4, 10);
    private static final IntegrityWorkDetails INTEGRITY_TALKS = new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10,
            "对新任职干部开展廉政约谈", 6);

    private FixtureConfiguration<IntegrityWork> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IntegrityWork.class);
    }

    @Test
    void aTalkIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordIntegrityWork("w-1", new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10,
                        " 对新任职干部开展廉政约谈 ", 6)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS));
    }

    @Test
    void anIntegrityStudyNeedsNoPersons() {
        IntegrityWorkDetails study = new IntegrityWorkDetails(INTEGRITY_STUDY, APRIL_10, "党组专题研究党风廉政建设工作", null);
        fixture.givenNoPriorActivity()
                .when(new RecordIntegrityWork("w-1", study))
                .expectEvents(new IntegrityWorkRecorded("w-1", study));
    }

    @Test
    void aTalkWithoutPersonsIsRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordIntegrityWork("w-1", new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "廉政约谈", null)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("persons"))
                .expectExceptionMessage("an integrity talk names how many persons were talked to")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordIntegrityWork("w-1", new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "廉政约谈", 0)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("persons"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheWorkAnewWithItsReason() {
        IntegrityWorkDetails corrected = new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10, "对新任职干部开展廉政约谈", 8);
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS))
                .when(new CorrectIntegrityWork("w-1", 0L, "约谈8人", corrected))
                .expectEvents(new IntegrityWorkCorrected("w-1", "约谈8人", corrected));
    }

    @Test
    void aCorrectionKeepsATalksPersons() {
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS))
                .when(new CorrectIntegrityWork("w-1", 0L, "人数不详", new IntegrityWorkDetails(INTEGRITY_TALK, APRIL_10,
                        "对新任职干部开展廉政约谈", null)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("persons"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS),
                        new IntegrityWorkCorrected("w-1", "人数", INTEGRITY_TALKS))
                .when(new CorrectIntegrityWork("w-1", 0L, "又改", INTEGRITY_TALKS))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheWorkInHistoryWithTheReason() {
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS))
                .when(new WithdrawIntegrityWork("w-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("w-1", "governance.integrity", "重复录入"));
    }

    @Test
    void aWithdrawnWorkIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS),
                        new RecordWithdrawn("w-1", "governance.integrity", "重复录入"))
                .when(new CorrectIntegrityWork("w-1", 1L, "改", INTEGRITY_TALKS))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new IntegrityWorkRecorded("w-1", INTEGRITY_TALKS),
                        new RecordWithdrawn("w-1", "governance.integrity", "重复录入"))
                .when(new WithdrawIntegrityWork("w-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
