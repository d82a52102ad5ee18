package ruleoflaw.ledger.study.session;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.study.RecordStudySession;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.problem.InvalidFieldException;

import static ruleoflaw.ledger.contracts.study.StudySessionKind.CENTRAL_GROUP_STUDY;
import static ruleoflaw.ledger.contracts.study.StudySessionKind.COLLECTIVE_STUDY;

class StudySessionTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

    private FixtureConfiguration<StudySession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudySession.class);
    }

    @Test
    void aCollectiveStudyIsRecordedWithEachLawNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(new RecordStudySession("s-1", COLLECTIVE_STUDY, " 学习《中华人民共和国宪法》 ", MARCH_12, "办公室", 20, 2.0,
                        List.of("宪法精神"), List.of("《中华人民共和国宪法》", "中华人民共和国宪法", "《保守国家秘密法》")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StudySessionRecorded("s-1", COLLECTIVE_STUDY, "学习《中华人民共和国宪法》", MARCH_12, "办公室", 20,
                        2.0, List.of("宪法精神"), List.of("中华人民共和国宪法", "保守国家秘密法")));
    }

    @Test
    void aSessionWithoutAttendeesIsRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordStudySession("s-2", CENTRAL_GROUP_STUDY, "中心组学习", MARCH_12, null, 0, null, null, null))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("a study session has at least one attendee")
                .expectNoEvents();
    }

    @Test
    void moreThanADayOfStudyInOneSessionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordStudySession("s-3", COLLECTIVE_STUDY, "集中学习", MARCH_12, null, 5, 25.0, null, null))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }
}
