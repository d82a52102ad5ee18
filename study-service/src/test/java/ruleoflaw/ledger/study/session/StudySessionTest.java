package ruleoflaw.ledger.study.session;

import static ruleoflaw.ledger.contracts.study.StudySessionKind.CENTRAL_GROUP_STUDY;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.OFFLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionFormat.ONLINE;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.COLLECTIVE_STUDY;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.CorrectStudySession;
import ruleoflaw.ledger.contracts.study.RecordStudySession;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.contracts.study.WithdrawStudySession;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class StudySessionTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);
    private static final StudySessionDetails CONSTITUTION = new StudySessionDetails(COLLECTIVE_STUDY,
            "学习《中华人民共和国宪法》", MARCH_12, "办公室", 20, 2.0, List.of("宪法精神"), List.of("中华人民共和国宪法"));

    private FixtureConfiguration<StudySession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudySession.class);
    }

    @Test
    void aStudySessionIsRecordedWithEachLawOnceUnderItsFullName() {
        fixture.givenNoPriorActivity()
                .when(new RecordStudySession("s-1", new StudySessionDetails(COLLECTIVE_STUDY, " 学习《中华人民共和国宪法》 ",
                        MARCH_12, "办公室", 20, 2.0, List.of("宪法精神"), List.of("《宪法》", "中华人民共和国宪法", "《保守国家秘密法》"))))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StudySessionRecorded("s-1", new StudySessionDetails(COLLECTIVE_STUDY,
                        "学习《中华人民共和国宪法》", MARCH_12, "办公室", 20, 2.0, List.of("宪法精神"),
                        List.of("中华人民共和国宪法", "中华人民共和国保守国家秘密法"), OFFLINE)));
    }

    @Test
    void aSessionHeldOnlineIsRecordedSo() {
        StudySessionDetails online = new StudySessionDetails(COLLECTIVE_STUDY, "线上学习《中华人民共和国行政复议法》", MARCH_12,
                "办公室", 35, 1.5, List.of(), List.of("中华人民共和国行政复议法"), ONLINE);
        fixture.givenNoPriorActivity()
                .when(new RecordStudySession("s-1", online))
                .expectEvents(new StudySessionRecorded("s-1", online));
    }

    @Test
    void aCorrectionStatesTheSessionAnewWithItsReason() {
        StudySessionDetails corrected = new StudySessionDetails(CENTRAL_GROUP_STUDY, "中心组学习《宪法》", MARCH_12, "办公室",
                12, null, List.of(), List.of("中华人民共和国宪法"));
        fixture.given(new StudySessionRecorded("s-1", CONSTITUTION))
                .when(new CorrectStudySession("s-1", 0L, "是中心组学习，不是集中学习", corrected))
                .expectEvents(new StudySessionCorrected("s-1", "是中心组学习，不是集中学习", new StudySessionDetails(
                        CENTRAL_GROUP_STUDY, "中心组学习《宪法》", MARCH_12, "办公室", 12, null, List.of(),
                        List.of("中华人民共和国宪法"), OFFLINE)));
    }

    @Test
    void aCorrectionOfAVersionThatIsNoLongerTheLatestIsRefused() {
        fixture.given(new StudySessionRecorded("s-1", CONSTITUTION), new StudySessionCorrected("s-1", "人数", CONSTITUTION))
                .when(new CorrectStudySession("s-1", 0L, "又改", CONSTITUTION))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawalKeepsTheSessionInHistoryWithTheReason() {
        fixture.given(new StudySessionRecorded("s-1", CONSTITUTION))
                .when(new WithdrawStudySession("s-1", 0L, "重复录入"))
                .expectEvents(new RecordWithdrawn("s-1", "study.session", "重复录入"));
    }

    @Test
    void aWithdrawnSessionIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(new StudySessionRecorded("s-1", CONSTITUTION), new RecordWithdrawn("s-1", "study.session", "重复录入"))
                .when(new CorrectStudySession("s-1", 1L, "改", CONSTITUTION))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
        fixture.given(new StudySessionRecorded("s-1", CONSTITUTION), new RecordWithdrawn("s-1", "study.session", "重复录入"))
                .when(new WithdrawStudySession("s-1", 1L, "再撤"))
                .expectException(RecordConflictException.class)
                .expectNoEvents();
    }
}
