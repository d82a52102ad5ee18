package ruleoflaw.ledger.study.hearing;

import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectHearingAttendance;
import ruleoflaw.ledger.contracts.study.HearingAttendanceCorrected;
import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.contracts.study.HearingAttendanceRecorded;
import ruleoflaw.ledger.contracts.study.RecordHearingAttendance;
import ruleoflaw.ledger.contracts.study.WithdrawHearingAttendance;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class HearingAttendanceTest {

    private static final LocalDate JUNE_18 = LocalDate.of(2024, 6, 18);
    private static final HearingAttendanceDetails ADMINISTRATIVE_CASE = new HearingAttendanceDetails(JUNE_18,
            "旁听行政诉讼案件庭审", "某市中级人民法院", "(2024)某01行初12号", 15, false);

    private FixtureConfiguration<HearingAttendance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HearingAttendance.class);
    }

    @Test
    void anAttendanceIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordHearingAttendance("h-1", new HearingAttendanceDetails(JUNE_18, "  旁听行政诉讼案件庭审 ",
                        "某市中级人民法院", "(2024)某01行初12号", 15, false)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE));
    }

    @Test
    void aCorrectionStatesTheAttendanceAnewWithItsReason() {
        HearingAttendanceDetails online = new HearingAttendanceDetails(JUNE_18, "网上旁听行政诉讼案件庭审", "某市中级人民法院",
                null, 30, true);
        fixture.given(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE))
                .when(new CorrectHearingAttendance("h-1", 0L, "是网上旁听，30人参加", online))
                .expectEvents(new HearingAttendanceCorrected("h-1", "是网上旁听，30人参加", online));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE),
                        new HearingAttendanceCorrected("h-1", "人数", ADMINISTRATIVE_CASE))
                .when(new CorrectHearingAttendance("h-1", 0L, "又改", ADMINISTRATIVE_CASE))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheAttendanceInHistoryWithTheReason() {
        fixture.given(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE))
                .when(new WithdrawHearingAttendance("h-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("h-1", "study.hearing", "重复录入"));
    }

    @Test
    void aWithdrawnAttendanceIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE),
                        new RecordWithdrawn("h-1", "study.hearing", "重复录入"))
                .when(new CorrectHearingAttendance("h-1", 1L, "改", ADMINISTRATIVE_CASE))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new HearingAttendanceRecorded("h-1", ADMINISTRATIVE_CASE),
                        new RecordWithdrawn("h-1", "study.hearing", "重复录入"))
                .when(new WithdrawHearingAttendance("h-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }
}
