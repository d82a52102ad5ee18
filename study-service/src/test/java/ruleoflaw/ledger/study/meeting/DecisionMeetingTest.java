package ruleoflaw.ledger.study.meeting;

import static ruleoflaw.ledger.contracts.study.MeetingKind.DIRECTOR_OFFICE;
import static ruleoflaw.ledger.contracts.study.MeetingKind.PARTY_GROUP;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectDecisionMeeting;
import ruleoflaw.ledger.contracts.study.DecisionMeetingCorrected;
import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.RecordDecisionMeeting;
import ruleoflaw.ledger.contracts.study.WithdrawDecisionMeeting;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class DecisionMeetingTest {

    private static final LocalDate JANUARY_15 = LocalDate.of(2024, 1, 15);
    private static final DecisionMeetingDetails PARTY_GROUP_MEETING = new DecisionMeetingDetails(PARTY_GROUP, JANUARY_15,
            "2024年第1次党组会", List.of("研究年度法治政府建设工作要点", "审议重大行政决策事项"), 2);

    private FixtureConfiguration<DecisionMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DecisionMeeting.class);
    }

    @Test
    void aMeetingIsRecordedWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecisionMeeting("m-1", new DecisionMeetingDetails(PARTY_GROUP, JANUARY_15,
                        " 2024年第1次党组会  ", List.of("研究年度法治政府建设工作要点", "审议重大行政决策事项"), 2)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING));
    }

    @Test
    void aMeetingWithoutTopicsIsRecordedWithAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecisionMeeting("m-1", new DecisionMeetingDetails(DIRECTOR_OFFICE, JANUARY_15,
                        "局长办公会", null, 0)))
                .expectEvents(new DecisionMeetingRecorded("m-1", new DecisionMeetingDetails(DIRECTOR_OFFICE, JANUARY_15,
                        "局长办公会", List.of(), 0)));
    }

    @Test
    void aCorrectionStatesTheMeetingAnewWithItsReason() {
        DecisionMeetingDetails corrected = new DecisionMeetingDetails(DIRECTOR_OFFICE, JANUARY_15, "2024年第1次局长办公会",
                List.of("审议重大行政决策事项"), 3);
        fixture.given(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING))
                .when(new CorrectDecisionMeeting("m-1", 0L, "是局长办公会，不是党组会", corrected))
                .expectEvents(new DecisionMeetingCorrected("m-1", "是局长办公会，不是党组会", corrected));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING),
                        new DecisionMeetingCorrected("m-1", "议题", PARTY_GROUP_MEETING))
                .when(new CorrectDecisionMeeting("m-1", 0L, "又改", PARTY_GROUP_MEETING))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheMeetingInHistoryWithTheReason() {
        fixture.given(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING))
                .when(new WithdrawDecisionMeeting("m-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("m-1", "governance.meeting", "重复录入"));
    }

    @Test
    void aWithdrawnMeetingIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING),
                        new RecordWithdrawn("m-1", "governance.meeting", "重复录入"))
                .when(new CorrectDecisionMeeting("m-1", 1L, "改", PARTY_GROUP_MEETING))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new DecisionMeetingRecorded("m-1", PARTY_GROUP_MEETING),
                        new RecordWithdrawn("m-1", "governance.meeting", "重复录入"))
                .when(new WithdrawDecisionMeeting("m-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }
}
