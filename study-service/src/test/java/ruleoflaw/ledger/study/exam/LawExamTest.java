package ruleoflaw.ledger.study.exam;

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
import ruleoflaw.ledger.contracts.study.CorrectLawExam;
import ruleoflaw.ledger.contracts.study.LawExamCorrected;
import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawExamRecorded;
import ruleoflaw.ledger.contracts.study.RecordLawExam;
import ruleoflaw.ledger.contracts.study.WithdrawLawExam;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class LawExamTest {

    private static final LocalDate NOVEMBER_20 = LocalDate.of(2024, 11, 20);
    private static final LawExamDetails ANNUAL_EXAM = new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 20, 20, 20, 92.5);

    private FixtureConfiguration<LawExam> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LawExam.class);
    }

    @Test
    void anExamIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordLawExam("e-1", new LawExamDetails(NOVEMBER_20, " 年度法治理论知识考试 ", 20, 20, 20, 92.5)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LawExamRecorded("e-1", ANNUAL_EXAM));
    }

    @Test
    void anExamWithoutAnAverageScoreAndWithNobodyPassingIsRecorded() {
        LawExamDetails nobodyPassed = new LawExamDetails(NOVEMBER_20, "法治理论知识补考", 3, 2, 0, null);
        fixture.givenNoPriorActivity()
                .when(new RecordLawExam("e-1", nobodyPassed))
                .expectEvents(new LawExamRecorded("e-1", nobodyPassed));
    }

    @Test
    void moreExamPassesThanParticipantsAreRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordLawExam("e-1", new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 20, 19, 20, 92.5)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("passed"))
                .expectExceptionMessage("must not exceed participants")
                .expectNoEvents();
    }

    @Test
    void moreParticipantsThanEligibleStaffAreRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordLawExam("e-1", new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 20, 21, 20, 92.5)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("participants"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionStatesTheExamAnewWithItsReason() {
        LawExamDetails corrected = new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 21, 20, 19, 90.0);
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM))
                .when(new CorrectLawExam("e-1", 0L, "应考21人，1人未通过", corrected))
                .expectEvents(new LawExamCorrected("e-1", "应考21人，1人未通过", corrected));
    }

    @Test
    void aCorrectionKeepsTheExamsCountsInOrder() {
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM))
                .when(new CorrectLawExam("e-1", 0L, "参考人数", new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 20, 18,
                        19, 92.5)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("passed"))
                .expectNoEvents();
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM))
                .when(new CorrectLawExam("e-1", 0L, "参考人数", new LawExamDetails(NOVEMBER_20, "年度法治理论知识考试", 19, 20,
                        20, 92.5)))
                .expectException(InvalidFieldException.class)
                .expectException(refusedOn("participants"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM), new LawExamCorrected("e-1", "平均分", ANNUAL_EXAM))
                .when(new CorrectLawExam("e-1", 0L, "又改", ANNUAL_EXAM))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheExamInHistoryWithTheReason() {
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM))
                .when(new WithdrawLawExam("e-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("e-1", "study.exam", "重复录入"));
    }

    @Test
    void aWithdrawalOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM), new LawExamCorrected("e-1", "平均分", ANNUAL_EXAM))
                .when(new WithdrawLawExam("e-1", 0L, "重复录入"))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnExamIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM), new RecordWithdrawn("e-1", "study.exam", "重复录入"))
                .when(new CorrectLawExam("e-1", 1L, "改", ANNUAL_EXAM))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new LawExamRecorded("e-1", ANNUAL_EXAM), new RecordWithdrawn("e-1", "study.exam", "重复录入"))
                .when(new WithdrawLawExam("e-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }

    private static Matcher<Object> refusedOn(String field) {
        return Matchers.predicate(e -> e instanceof InvalidFieldException refused && refused.field().equals(field));
    }
}
