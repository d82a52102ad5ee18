package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.record.RecordWithdrawn;
import ruleoflaw.ledger.contracts.study.DecisionMeetingDetails;
import ruleoflaw.ledger.contracts.study.DecisionMeetingRecorded;
import ruleoflaw.ledger.contracts.study.HearingAttendanceDetails;
import ruleoflaw.ledger.contracts.study.HearingAttendanceRecorded;
import ruleoflaw.ledger.contracts.study.IntegrityWorkDetails;
import ruleoflaw.ledger.contracts.study.IntegrityWorkKind;
import ruleoflaw.ledger.contracts.study.IntegrityWorkRecorded;
import ruleoflaw.ledger.contracts.study.LawExamDetails;
import ruleoflaw.ledger.contracts.study.LawExamRecorded;
import ruleoflaw.ledger.contracts.study.MeetingKind;
import ruleoflaw.ledger.contracts.study.RequiredLawListDetails;
import ruleoflaw.ledger.contracts.study.RequiredLawListRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;
import ruleoflaw.ledger.reporting.records.LedgerRecords;

/**
 * Study sessions appended to the event store (as study-service, another JVM, does) are projected
 * into MongoDB and counted in the year's figures. Each test uses its own year: the stores are shared.
 */
@LedgerServiceTest
class FiguresApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    /** The service's clock, which also stamps the events (as-of moments are on it). */
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void sessionsAreCountedByKindAndEveryCatalogFigureIsPresent() {
        session(2031, StudySessionKind.COLLECTIVE_STUDY, "中华人民共和国宪法", "中华人民共和国科学技术进步法");
        session(2031, StudySessionKind.CENTRAL_GROUP_STUDY, "中华人民共和国宪法");
        session(2031, StudySessionKind.LEADER_LAW_LECTURE, "中华人民共和国保守国家秘密法");
        session(2030, StudySessionKind.COLLECTIVE_STUDY, "中华人民共和国宪法");

        // events are projected one after another: wait until every one of them counts
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(figuresOf(figures(2031, "")))
                .containsEntry("study.sessions.total", 2).containsEntry("study.lectures.byLeaders", 1));
        Map<String, Object> figures = figuresOf(figures(2031, ""));

        assertThat(figures).containsEntry("study.sessions.collective", 1)
                .containsEntry("study.sessions.centralGroup", 1)
                .containsEntry("study.sessions.group", 0)
                .containsEntry("study.sessions.training", 0)
                .containsEntry("study.lectures.byLeaders", 1)
                .containsEntry("study.laws.distinct", 3)
                .containsEntry("governance.warningEducation.sessions", 0);
    }

    @Test
    void figuresAsKnownOnAPastMomentLeaveOutWhatWasRecordedLater() throws InterruptedException {
        session(2032, StudySessionKind.GROUP_STUDY);
        awaitFigure(2032, "study.sessions.total", 1);
        Instant between = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Thread.sleep(5); // the ledger keeps recording times to the millisecond
        session(2032, StudySessionKind.GROUP_STUDY);
        awaitFigure(2032, "study.sessions.total", 2);

        assertThat(figures(2032, "?asOf=" + between).getBody()).containsEntry("asOf", between.toString());
        assertThat(figuresOf(figures(2032, "?asOf=" + between))).containsEntry("study.sessions.group", 1);
        assertThat(figuresOf(figures(2032, "?asOf=2000-01-01"))).containsEntry("study.sessions.group", 0);
    }

    @Test
    void evidenceListsTheRecordsBehindAFigureWithWhoRecordedThem() {
        String id = session(2033, StudySessionKind.SPECIAL_TRAINING, "中华人民共和国行政诉讼法");
        awaitFigure(2033, "study.sessions.training", 1);

        ResponseEntity<Map> response = get("/api/reports/2033/figures/study.sessions.training/evidence");

        assertThat(response.getBody()).containsEntry("value", 1);
        List<Map<String, Object>> records = (List<Map<String, Object>>) response.getBody().get("records");
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record).containsEntry("recordId", id)
                    .containsEntry("type", "study.session")
                    .containsEntry("businessDate", "2033-05-20")
                    .containsEntry("title", "专题培训 " + id)
                    .containsEntry("recordedBy", "法制科")
                    .containsEntry("correlationId", "corr-" + id);
        });
    }

    @Test
    void replayingTheWholeHistoryCountsEveryRecordOnce() {
        session(2034, StudySessionKind.COLLECTIVE_STUDY);
        awaitFigure(2034, "study.sessions.total", 1);

        TrackingEventProcessor processor = processing
                .eventProcessor(LedgerRecords.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying());

        assertThat(figuresOf(figures(2034, ""))).containsEntry("study.sessions.total", 1);
    }

    @Test
    void aCorrectionMovesARecordBetweenFiguresAndAWithdrawalTakesItOut() {
        String corrected = session(2035, StudySessionKind.COLLECTIVE_STUDY, "中华人民共和国宪法");
        String withdrawn = session(2035, StudySessionKind.COLLECTIVE_STUDY, "中华人民共和国民法典");
        awaitFigure(2035, "study.sessions.collective", 2);

        publish("StudySession", corrected, 1, new StudySessionCorrected(corrected, "是中心组学习", new StudySessionDetails(
                StudySessionKind.CENTRAL_GROUP_STUDY, "中心组学习", LocalDate.of(2035, 5, 20), null, 9, null, List.of(),
                List.of("宪法"))));
        publish("StudySession", withdrawn, 1, new RecordWithdrawn(withdrawn, "study.session", "重复录入"));

        Map<String, Object> figures = awaitFigure(2035, "study.sessions.collective", 0);
        assertThat(figures).containsEntry("study.sessions.centralGroup", 1).containsEntry("study.sessions.total", 1)
                .containsEntry("study.laws.distinct", 1);
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) get(
                "/api/reports/2035/figures/study.sessions.centralGroup/evidence").getBody().get("records");
        assertThat(evidence).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("recordId", corrected).containsEntry("version", 1).containsEntry("change", "corrected")
                .containsEntry("reason", "是中心组学习"));
    }

    @Test
    void lawListCoverageIsTheShareOfTheYearsListStudiedInSomeSession() {
        String list = UUID.randomUUID().toString();
        publish("RequiredLawList", list, 0, new RequiredLawListRecorded(list, new RequiredLawListDetails(2036,
                "2036年应知应会法律清单", List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法",
                        "中华人民共和国保守国家秘密法", "中华人民共和国民法典"))));
        session(2036, StudySessionKind.COLLECTIVE_STUDY, "《宪法》", "保守国家秘密法");
        session(2036, StudySessionKind.LEADER_LAW_LECTURE, "中华人民共和国宪法", "中华人民共和国行政诉讼法");

        Map<String, Object> figures = awaitFigure(2036, "study.laws.distinct", 3);

        assertThat(figures).containsEntry("study.lawList.coveragePct", 50.0);
    }

    @Test
    void examsHearingsMeetingsAndIntegrityWorkAreCountedSummedAndRated() {
        LocalDate day = LocalDate.of(2037, 6, 1);
        String exam = UUID.randomUUID().toString();
        publish("LawExam", exam, 0, new LawExamRecorded(exam, new LawExamDetails(day, "年度法治理论知识考试", 20, 19, 18, 90.0)));
        String second = UUID.randomUUID().toString();
        publish("LawExam", second, 0, new LawExamRecorded(second, new LawExamDetails(day, "补考", 1, 1, 1, null)));
        String hearing = UUID.randomUUID().toString();
        publish("HearingAttendance", hearing, 0, new HearingAttendanceRecorded(hearing,
                new HearingAttendanceDetails(day, "旁听庭审", "九龙坡区人民法院", null, 6, true)));
        for (MeetingKind kind : new MeetingKind[] {MeetingKind.PARTY_GROUP, MeetingKind.PARTY_GROUP, MeetingKind.TOPIC}) {
            String meeting = UUID.randomUUID().toString();
            publish("DecisionMeeting", meeting, 0, new DecisionMeetingRecorded(meeting,
                    new DecisionMeetingDetails(kind, day, kind.chineseName(), List.of(), 2)));
        }
        for (int persons : new int[] {4, 7}) {
            String talk = UUID.randomUUID().toString();
            publish("IntegrityWork", talk, 0, new IntegrityWorkRecorded(talk,
                    new IntegrityWorkDetails(IntegrityWorkKind.INTEGRITY_TALK, day, "约谈", persons)));
        }

        Map<String, Object> figures = awaitFigure(2037, "governance.integrity.talks", 11);

        assertThat(figures).containsEntry("study.exams.held", 2)
                .containsEntry("study.exams.participationPct", 95.2)
                .containsEntry("study.exams.passPct", 95.0)
                .containsEntry("study.hearings.attended", 1)
                .containsEntry("study.hearings.attendees", 6)
                .containsEntry("governance.meetings.partyGroup", 2)
                .containsEntry("governance.meetings.directorOffice", 0)
                .containsEntry("governance.meetings.topic", 1)
                .containsEntry("governance.integrity.studies", 0);
    }

    @Test
    void aYearOutOfRangeIsAProblemNamingTheField() {
        ResponseEntity<Map> response = figures(1899, "");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).containsExactly("year");
    }

    @Test
    void anUnknownFigureIsNotFound() {
        ResponseEntity<Map> response = get("/api/reports/2024/figures/no.such.figure/evidence");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail").toString()).contains("no.such.figure");
    }

    private String session(int year, StudySessionKind kind, String... laws) {
        String id = UUID.randomUUID().toString();
        publish("StudySession", id, 0, new StudySessionRecorded(id, new StudySessionDetails(kind,
                kind.chineseName() + " " + id, LocalDate.of(year, 5, 20), null, 10, null, List.of(), List.of(laws))));
        return id;
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id))));
    }

    private Map<String, Object> awaitFigure(int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> expected == ((Number) figuresOf(figures(year, "")).get(key)).intValue());
        return figuresOf(figures(year, ""));
    }

    private ResponseEntity<Map> figures(int year, String query) {
        return get("/api/reports/" + year + "/figures" + query);
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figuresOf(ResponseEntity<Map> response) {
        return (Map<String, Object>) response.getBody().get("figures");
    }
}
