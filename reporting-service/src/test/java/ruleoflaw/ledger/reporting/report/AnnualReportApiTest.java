package ruleoflaw.ledger.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import ruleoflaw.ledger.contracts.study.StudySessionCorrected;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;
import ruleoflaw.ledger.reporting.document.NarrativeSource;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * The annual report through the service, as the gateway forwards it: an editor writes in Chinese, the approver
 * returns, approves and publishes; a record corrected later leaves the published revision as it was, and the next
 * revision shows the figure that changed. Each test has its own year: the stores are shared.
 */
@LedgerServiceTest
class AnnualReportApiTest {

    static final String MEASURES = "一是深入学习贯彻习近平法治思想，局党组理论学习中心组开展集中学习，专题学习《中华人民共和国宪法》。";
    static final String DUTIES = "局主要负责人切实履行推进法治建设第一责任人职责，亲自部署、亲自过问重大法治工作。";
    static final String SHORTCOMINGS = "一是法治宣传形式还不够丰富。";
    static final String NEXT_YEAR = "持续深化法治建设，丰富法治宣传形式。";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NarrativeSource narratives;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theReportIsWrittenApprovedPublishedAndRevisedWhenARecordIsCorrected() {
        int year = 2013;
        String session = session(year, StudySessionKind.COLLECTIVE_STUDY);
        awaitFigure(year, "study.sessions.collective", 1);

        Map<String, Object> report = body(write(HttpMethod.PUT, year, "narrative/measures", editor(),
                Map.of("text", MEASURES)), HttpStatus.OK);
        assertThat(report).containsEntry("status", "DRAFT").containsEntry("revision", 1)
                .containsEntry("reportId", "rule-of-law-" + year).containsEntry("title", "法治政府建设年度报告");
        assertThat((Map<String, Object>) report.get("narrative")).containsEntry("MEASURES", MEASURES);
        assertThat(section(report, "MEASURES")).containsEntry("editor", "办公室主任")
                .containsEntry("recordedBy", "办公室主任").containsKey("recordedAt");
        body(write(HttpMethod.PUT, year, "narrative/PRINCIPAL_DUTIES", editor(), Map.of("text", DUTIES)), HttpStatus.OK);
        assertThat(narratives.current("default", year).of(Section.PRINCIPAL_DUTIES)).isEqualTo(DUTIES);
        body(write(HttpMethod.PUT, year, "narrative/shortcomings", editor(), Map.of("text", SHORTCOMINGS)), HttpStatus.OK);
        body(write(HttpMethod.PUT, year, "narrative/next_year", editor(), Map.of("text", NEXT_YEAR)), HttpStatus.OK);

        assertThat(body(write(HttpMethod.POST, year, "submission", editor(), Map.of()), HttpStatus.OK))
                .containsEntry("status", "SUBMITTED");
        assertThat(body(write(HttpMethod.POST, year, "return", approver(), Map.of("reason", "请补充旁听庭审情况")),
                HttpStatus.OK)).containsEntry("status", "DRAFT");
        write(HttpMethod.POST, year, "submission", editor(), Map.of());
        assertThat(body(write(HttpMethod.POST, year, "approval", approver(), Map.of()), HttpStatus.OK))
                .containsEntry("status", "APPROVED");
        report = body(write(HttpMethod.POST, year, "publication", approver(),
                Map.of("publishedOn", (year + 1) + "-03-28")), HttpStatus.OK);
        assertThat(report).containsEntry("status", "PUBLISHED").containsEntry("overdue", false)
                .containsEntry("firstPublishedOn", (year + 1) + "-03-28");
        assertThat((List<Object>) report.get("publishedRevisions")).containsExactly(1);
        assertThat((List<Map<String, Object>>) report.get("history"))
                .extracting(step -> step.get("what"), step -> step.get("by"), step -> step.get("reason"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("started", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("narrativeEdited", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("narrativeEdited", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("narrativeEdited", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("narrativeEdited", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("submitted", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("returned", "局长", "请补充旁听庭审情况"),
                        org.assertj.core.groups.Tuple.tuple("submitted", "办公室主任", null),
                        org.assertj.core.groups.Tuple.tuple("approved", "局长", null),
                        org.assertj.core.groups.Tuple.tuple("published", "局长", null));

        Map<String, Object> first = body(get("/api/reports/" + year + "/published/1"), HttpStatus.OK);
        assertThat(http.getForEntity("/api/reports/" + year + "/published/1", Map.class).getStatusCode())
                .as("a published report is public: no gateway assertion needed").isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/reports/" + year + "/report", Map.class).getStatusCode())
                .as("a draft is not").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(first).containsEntry("approver", "局长").containsEntry("publishedOn", (year + 1) + "-03-28");
        assertThat((Map<String, Object>) first.get("figures")).containsEntry("study.sessions.collective", 1)
                .containsEntry("study.sessions.centralGroup", 0);
        assertThat((Map<String, Object>) ((Map<String, Object>) first.get("narrative")).get("text"))
                .containsEntry("MEASURES", MEASURES).containsEntry("PRINCIPAL_DUTIES", DUTIES);

        ResponseEntity<Map> refused = write(HttpMethod.PUT, year, "narrative/measures", editor(), Map.of("text", "改"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").toString()).contains("already published; start a revision");

        publish("StudySession", session, 1, new StudySessionCorrected(session, "实为中心组学习",
                details(year, StudySessionKind.CENTRAL_GROUP_STUDY, session)));
        awaitFigure(year, "study.sessions.collective", 0);

        assertThat(body(get("/api/reports/" + year + "/published/1"), HttpStatus.OK)).isEqualTo(first);
        report = body(write(HttpMethod.POST, year, "revision", editor(), Map.of("reason", "学习记录更正后修订")), HttpStatus.OK);
        assertThat(report).containsEntry("status", "DRAFT").containsEntry("revision", 2);
        Map<String, Object> changes = (Map<String, Object>) report.get("changes");
        assertThat(changes).containsEntry("reason", "学习记录更正后修订").containsEntry("against", 1);
        assertThat((List<Map<String, Object>>) changes.get("figures")).contains(
                Map.of("key", "study.sessions.collective", "published", 1, "current", 0),
                Map.of("key", "study.sessions.centralGroup", "published", 0, "current", 1));
        assertThat((List<Object>) changes.get("sections")).isEmpty();

        report = body(write(HttpMethod.PUT, year, "narrative/measures", editor(),
                Map.of("text", MEASURES + "（更正：为中心组学习）", "expectedVersion", report.get("version"))), HttpStatus.OK);
        assertThat((List<Object>) ((Map<String, Object>) report.get("changes")).get("sections")).containsExactly("MEASURES");
        write(HttpMethod.POST, year, "submission", editor(), Map.of());
        write(HttpMethod.POST, year, "approval", approver(), Map.of());
        body(write(HttpMethod.POST, year, "publication", approver(), Map.of("publishedOn", (year + 1) + "-04-10")),
                HttpStatus.OK);

        Map<String, Object> second = body(get("/api/reports/" + year + "/published"), HttpStatus.OK);
        assertThat(second).containsEntry("revision", 2).containsEntry("revisionReason", "学习记录更正后修订");
        assertThat((Map<String, Object>) second.get("figures")).containsEntry("study.sessions.collective", 0);
        assertThat((List<Object>) second.get("changedSections")).containsExactly("MEASURES");
        assertThat(body(get("/api/reports/" + year + "/published/1"), HttpStatus.OK)).isEqualTo(first);
    }

    @Test
    void eachStepNeedsItsRole() {
        int year = 2014;
        assertThat(write(HttpMethod.PUT, year, "narrative/measures", approver(), Map.of("text", MEASURES))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(write(HttpMethod.PUT, year, "narrative/measures", TestGateway.as("admin", "admin"),
                Map.of("text", MEASURES)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(body(get("/api/reports/" + year + "/report"), HttpStatus.OK)).containsEntry("status", "NOT_STARTED");

        body(write(HttpMethod.PUT, year, "narrative/measures", editor(), Map.of("text", MEASURES)), HttpStatus.OK);
        assertThat(write(HttpMethod.POST, year, "submission", approver(), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        write(HttpMethod.POST, year, "submission", editor(), Map.of());
        for (String step : List.of("approval", "publication", "return")) {
            assertThat(write(HttpMethod.POST, year, step, editor(),
                    Map.of("reason", "自己审批", "publishedOn", (year + 1) + "-03-01")).getStatusCode())
                    .as(step).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(write(HttpMethod.POST, year, "revision", TestGateway.as("审计员", "auditor"),
                Map.of("reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(body(get("/api/reports/" + year + "/report"), HttpStatus.OK)).containsEntry("status", "SUBMITTED");
    }

    @Test
    void wrongInputIsAProblemNamingTheFieldAndRecordsNothing() {
        int year = 2017;
        assertThat(fieldOf(write(HttpMethod.PUT, year, "narrative/conclusion", editor(), Map.of("text", "结语"))))
                .isEqualTo("section");
        assertThat(fieldOf(write(HttpMethod.PUT, year, "narrative/measures", editor(), Map.of()))).isEqualTo("text");
        assertThat(fieldOf(http.exchange("/api/reports/" + year + "/report?kind=annual", HttpMethod.GET,
                new HttpEntity<>(editor()), Map.class))).isEqualTo("kind");
        assertThat(body(get("/api/reports/" + year + "/report"), HttpStatus.OK)).containsEntry("status", "NOT_STARTED");
        assertThat(write(HttpMethod.POST, year, "approval", approver(), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/reports/" + year + "/published/1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, Object> report = body(write(HttpMethod.PUT, year, "narrative/next-year", editor(),
                Map.of("text", "下一步，我局将持续深化法治政府建设。")), HttpStatus.OK);
        ResponseEntity<Map> stale = write(HttpMethod.PUT, year, "narrative/next-year", editor(),
                Map.of("text", "另一种写法", "expectedVersion", ((Number) report.get("version")).longValue() - 1));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        write(HttpMethod.POST, year, "submission", editor(), Map.of());
        write(HttpMethod.POST, year, "approval", approver(), Map.of());
        assertThat(fieldOf(write(HttpMethod.POST, year, "publication", approver(), Map.of("publishedOn", "2999-01-01"))))
                .isEqualTo("publishedOn");
        assertThat(fieldOf(write(HttpMethod.POST, year, "publication", approver(), Map.of()))).isEqualTo("publishedOn");
        assertThat(fieldOf(write(HttpMethod.POST, year, "return", approver(), Map.of("reason", " ")))).isEqualTo("reason");
        assertThat(body(get("/api/reports/" + year + "/report"), HttpStatus.OK)).containsEntry("status", "APPROVED")
                .containsEntry("version", report.get("version") instanceof Integer v ? v + 2 : null);
    }

    @Test
    void reportsNotPublishedByTheirDeadlineAreOverdueStartedOrNot() {
        Map<String, Object> started = body(write(HttpMethod.PUT, 2015, "narrative/introduction", editor(),
                Map.of("text", "2015年，我局坚持以习近平法治思想为指导。")), HttpStatus.OK);
        assertThat(started).containsEntry("deadline", "2016-04-01").containsEntry("overdue", true);
        assertThat(((Number) started.get("daysLeft")).intValue()).isNegative();

        String disclosure = "/api/reports/2016/report/%s?kind=disclosure";
        http.exchange(disclosure.formatted("narrative/introduction"), HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", "2016年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。"), editor()), Map.class);
        http.exchange(disclosure.formatted("narrative/shortcomings"), HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", SHORTCOMINGS), editor()), Map.class);
        http.exchange(disclosure.formatted("narrative/next_year"), HttpMethod.PUT,
                new HttpEntity<>(Map.of("text", NEXT_YEAR), editor()), Map.class);
        http.exchange(disclosure.formatted("submission"), HttpMethod.POST, new HttpEntity<>(Map.of(), editor()), Map.class);
        http.exchange(disclosure.formatted("approval"), HttpMethod.POST, new HttpEntity<>(Map.of(), approver()), Map.class);
        Map<String, Object> onTime = body(http.exchange(disclosure.formatted("publication"), HttpMethod.POST,
                new HttpEntity<>(Map.of("publishedOn", "2017-01-20"), approver()), Map.class), HttpStatus.OK);
        assertThat(onTime).containsEntry("deadline", "2017-01-31").containsEntry("overdue", false)
                .containsEntry("title", "政府信息公开工作年度报告")
                .as("a published report has no days left to count, least of all negative ones").doesNotContainKey("daysLeft");

        List<Map<String, Object>> overdue = http.exchange("/api/reports/overdue?since=2012", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat(overdue).extracting(entry -> entry.get("reportId"))
                .contains("rule-of-law-2012", "disclosure-2012", "rule-of-law-2015", "disclosure-2015")
                .doesNotContain("disclosure-2016");
        assertThat(overdue).filteredOn(entry -> entry.get("reportId").equals("rule-of-law-2015")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("status", "DRAFT").containsEntry("overdue", true));
        assertThat(overdue).filteredOn(entry -> entry.get("reportId").equals("disclosure-2012")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("status", "NOT_STARTED")
                        .containsEntry("deadline", "2013-01-31"));
    }

    @Test
    void aReportWithAnEmptyRequiredSectionIsNotPublishedAndTheProblemNamesIt() {
        int year = 2008;
        body(write(HttpMethod.PUT, year, "narrative/measures", editor(), Map.of("text", MEASURES)), HttpStatus.OK);
        body(write(HttpMethod.PUT, year, "narrative/principal_duties", editor(), Map.of("text", DUTIES)), HttpStatus.OK);
        body(write(HttpMethod.PUT, year, "narrative/next_year", editor(), Map.of("text", NEXT_YEAR)), HttpStatus.OK);
        write(HttpMethod.POST, year, "submission", editor(), Map.of());
        Map<String, Object> approved = body(write(HttpMethod.POST, year, "approval", approver(), Map.of()), HttpStatus.OK);

        ResponseEntity<Map> refused = write(HttpMethod.POST, year, "publication", approver(),
                Map.of("publishedOn", (year + 1) + "-03-28"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("detail").toString()).contains("SHORTCOMINGS").contains("存在的不足和原因");

        Map<String, Object> after = body(get("/api/reports/" + year + "/report"), HttpStatus.OK);
        assertThat(after).as("nothing recorded").containsEntry("status", "APPROVED")
                .containsEntry("version", approved.get("version"));
        assertThat(get("/api/reports/" + year + "/published/1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void replayingTheReportsEventsKeepsEveryStepOnce() {
        int year = 2011;
        body(write(HttpMethod.PUT, year, "narrative/shortcomings", editor(), Map.of("text", "法治宣传形式还不够丰富。")),
                HttpStatus.OK);
        List<Object> before = (List<Object>) body(get("/api/reports/" + year + "/report"), HttpStatus.OK).get("history");

        TrackingEventProcessor processor = processing
                .eventProcessor(AnnualReports.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying());

        assertThat(body(get("/api/reports/" + year + "/report"), HttpStatus.OK).get("history")).isEqualTo(before);
        assertThat(before).hasSize(2);
    }

    private static HttpHeaders editor() {
        return TestGateway.as("办公室主任", "editor");
    }

    private static HttpHeaders approver() {
        return TestGateway.as("局长", "approver");
    }

    private ResponseEntity<Map> write(HttpMethod method, int year, String step, HttpHeaders who, Map<String, ?> body) {
        return http.exchange("/api/reports/" + year + "/report/" + step, method, new HttpEntity<>(body, who), Map.class);
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    private static Map<String, Object> body(ResponseEntity<Map> response, HttpStatus expected) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(expected);
        return response.getBody();
    }

    private static String fieldOf(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("field").toString();
    }

    private static Map<String, Object> section(Map<String, Object> report, String name) {
        return ((List<Map<String, Object>>) report.get("sections")).stream()
                .filter(s -> name.equals(s.get("section"))).findFirst().orElseThrow();
    }

    private String session(int year, StudySessionKind kind) {
        String id = UUID.randomUUID().toString();
        publish("StudySession", id, 0, new StudySessionRecorded(id, details(year, kind, id)));
        return id;
    }

    private static StudySessionDetails details(int year, StudySessionKind kind, String id) {
        return new StudySessionDetails(kind, kind.chineseName() + " " + id, LocalDate.of(year, 5, 20), null, 10, null,
                List.of(), List.of("中华人民共和国宪法"));
    }

    private void publish(String aggregateType, String id, long sequence, Object event) {
        transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(aggregateType, id,
                sequence, event, MetaData.with("recordedBy", "法制科").and("correlationId", "corr-" + id))));
    }

    private void awaitFigure(int year, String key, int expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                (Map<String, Object>) get("/api/reports/" + year + "/figures").getBody().get("figures"))
                .containsEntry(key, expected));
    }
}
