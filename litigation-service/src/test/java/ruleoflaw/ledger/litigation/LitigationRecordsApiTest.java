package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Cases and their lifecycle steps, counsel and legal reviews through the service: recorded (201 and Location),
 * read back with their Chinese intact, refused with a 400 naming the field or a 409 for the case's state (nothing
 * recorded), and the defence deadlines listed.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class LitigationRecordsApiTest {

    static final String CASES = "/api/litigation/cases";
    static final String COUNSEL = "/api/litigation/counsel";
    static final String REVIEWS = "/api/litigation/reviews";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineManager deadlines;
    @Autowired
    Clock clock;

    @Test
    void theDeadlinesAreKeptByTheDbSchedulerDeadlineManagerInPostgres() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?",
                Long.class, "litigation_scheduled_tasks")).isEqualTo(1);
    }

    @Test
    void aCaseIsRecordedWithItsDefenceDueDateAndReadBack() {
        String id = recorded(CASES, caseBody("(2024)渝0107行初201号", "2024-09-10"));

        Map<String, Object> record = fetched(CASES, id);
        assertThat(record).containsEntry("kind", "LITIGATION_FIRST_INSTANCE").containsEntry("caseNumber", "(2024)渝0107行初201号")
                .containsEntry("court", "重庆市九龙坡区人民法院").containsEntry("plaintiffType", "BUSINESS")
                .containsEntry("subject", "不服科技项目资助决定").containsEntry("complaintReceivedOn", "2024-09-10")
                .containsEntry("defenceDueOn", "2024-09-25").containsEntry("hearings", 0);
    }

    @Test
    void theLifecycleStepsChangeTheCaseAndAreInItsHistory() {
        String id = recorded(CASES, caseBody("(2024)渝0107行初202号", day(-5)));

        Map<String, Object> afterDefence = step(id, "defence", """
                {"filedOn":"%s"}""".formatted(day(-4)));
        assertThat((Map<String, Object>) afterDefence.get("record")).containsEntry("defenceFiledOn", day(-4))
                .containsEntry("defenceOverdue", false);
        step(id, "platform-registration", """
                {"registeredOn":"%s","platformReference":"全国行政应诉平台-渝-2024-0917"}""".formatted(day(-3)));
        step(id, "hearings", """
                {"heldOn":"%s","principalAppeared":true}""".formatted(day(-2)));
        Map<String, Object> concluded = step(id, "conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(day(-1)));

        assertThat((Map<String, Object>) concluded.get("record")).containsEntry("platformRegisteredOn", day(-3))
                .containsEntry("platformReference", "全国行政应诉平台-渝-2024-0917").containsEntry("hearings", 1)
                .containsEntry("principalAppearances", 1).containsEntry("concludedOn", day(-1))
                .containsEntry("outcome", "UPHELD").containsEntry("outcomeDetail", "CLAIM_DISMISSED");
        List<Map<String, Object>> history = get(CASES + "/" + id + "/history", List.class).getBody();
        assertThat(history).extracting(change -> change.get("change")).containsExactly("recorded", "defenceFiled",
                "caseRegisteredOnPlatform", "hearingHeld", "caseConcluded");
        assertThat(concluded).containsEntry("version", 4);
    }

    @Test
    void anAppealOpensTheNextStageAsACaseOfItsOwn() {
        String id = recorded(CASES, caseBody("(2024)渝0107行初206号", day(-5)));
        step(id, "conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(day(-3)));

        ResponseEntity<Map> appeal = send(HttpMethod.POST, CASES + "/" + id + "/appeal", """
                {"appealedOn":"%s","caseNumber":"(2024)渝05行终88号","court":"重庆市第五中级人民法院",
                 "complaintReceivedOn":"%s"}""".formatted(day(-2), day(-1)));

        assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String next = (String) appeal.getBody().get("id");
        assertThat(appeal.getHeaders().getLocation().getPath()).isEqualTo(CASES + "/" + next);
        assertThat(fetched(CASES, next)).containsEntry("kind", "LITIGATION_APPEAL")
                .containsEntry("caseNumber", "(2024)渝05行终88号").containsEntry("subject", "不服科技项目资助决定")
                .containsEntry("defenceDueOn", ChinaTime.today(clock).plusDays(14).toString());
        assertThat(fetched(CASES, id)).containsEntry("appealedOn", day(-2)).containsEntry("appealCaseId", next);
    }

    @Test
    void aStepDatedBeforeReceiptIsRefusedNamingItsDateAndNothingIsRecorded() {
        String id = recorded(CASES, caseBody("(2024)渝0107行初203号", day(-5)));

        ResponseEntity<Map> response = send(HttpMethod.POST, CASES + "/" + id + "/conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(day(-6)));

        assertThat(fields(response)).containsExactly("concludedOn");
        assertThat(get(CASES + "/" + id, Map.class).getBody()).containsEntry("version", 0);
        assertThat(fetched(CASES, id)).doesNotContainKey("concludedOn");
    }

    @Test
    void aSecondConclusionIsAConflictAndAnUnknownCaseIsNotFound() {
        String id = recorded(CASES, caseBody("(2024)渝0107行初204号", day(-5)));
        step(id, "conclusion", """
                {"concludedOn":"%s","outcome":"OTHER","detail":"WITHDRAWN"}""".formatted(day(-2)));

        ResponseEntity<Map> again = send(HttpMethod.POST, CASES + "/" + id + "/conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(day(-1)));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> unknown = send(HttpMethod.POST, CASES + "/no-such-case/defence", """
                {"filedOn":"%s"}""".formatted(day(-1)));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCaseOfAnUnknownPlaintiffTypeIsRefusedNamingPlaintiffType() {
        long before = stored("legal.case");
        ResponseEntity<Map> response = send(HttpMethod.POST, CASES, caseBody("(2024)渝0107行初205号", "2024-09-10")
                .replace("BUSINESS", "ALIEN"));
        assertThat(fields(response)).containsExactly("plaintiffType");
        assertThat(stored("legal.case")).isEqualTo(before);
    }

    @Test
    void aCaseReceivedLongAgoWithoutDefenceBecomesOverdueAndIsListedSoUntilItsDefenceIsFiled() {
        LocalDate today = ChinaTime.today(clock);
        // long ago: its deadline has passed by the system's time too, which the persistent deadlines keep
        String overdue = recorded(CASES, caseBody("(2024)渝0107行初301号", "2024-06-03"));
        String running = recorded(CASES, caseBody("(2025)渝0107行初302号", today.toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (Map<String, Object>) get(CASES + "/" + overdue, Map.class).getBody().get("record"))
                .containsEntry("defenceOverdue", true));

        Map<String, Object> listed = get("/api/litigation/deadlines", Map.class).getBody();
        assertThat((List<Map<String, Object>>) listed.get("overdue")).anySatisfy(d -> assertThat(d)
                .containsEntry("caseId", overdue).containsEntry("status", "OVERDUE"));
        assertThat((List<Map<String, Object>>) listed.get("upcoming")).anySatisfy(d -> assertThat(d)
                .containsEntry("caseId", running).containsEntry("dueOn", today.plusDays(15).toString())
                .containsEntry("remindOn", today.plusDays(12).toString()).containsEntry("daysLeft", 15));
        assertThat((List<Map<String, Object>>) listed.get("upcoming")).noneSatisfy(d -> assertThat(d)
                .containsEntry("caseId", overdue));

        ResponseEntity<Map> late = send(HttpMethod.POST, CASES + "/" + overdue + "/defence",
                "{\"filedOn\":\"%s\"}".formatted(today));
        assertThat(late.getStatusCode()).as(String.valueOf(late.getBody())).isEqualTo(HttpStatus.OK);
        Map<String, Object> after = get("/api/litigation/deadlines", Map.class).getBody();
        assertThat((List<Map<String, Object>>) after.get("overdue")).as("a defence filed, however late, ends the clock")
                .noneSatisfy(d -> assertThat(d).containsEntry("caseId", overdue));
        assertThat(fetched(CASES, overdue)).containsEntry("defenceOverdue", true).containsEntry("defenceFiledOn", today.toString());
    }

    /** Each department sees its own clocks; the district office counts everyone's, by department. */
    @Test
    @SuppressWarnings("unchecked")
    void eachDepartmentListsItsOwnClocksAndTheDistrictOfficeCountsThemAll() {
        String department = "sfj-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        HttpHeaders clerk = TestGateway.inDepartment(department, false, "司法局应诉专员", "recorder");
        ResponseEntity<Map> recorded = http.exchange(CASES, HttpMethod.POST, new HttpEntity<>(
                caseBody("(2025)渝0107行初401号", ChinaTime.today(clock).toString()), clerk), Map.class);
        assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) recorded.getBody().get("id");

        Map<String, Object> own = http.exchange("/api/litigation/deadlines", HttpMethod.GET, new HttpEntity<>(clerk),
                Map.class).getBody();
        assertThat((List<Map<String, Object>>) own.get("upcoming")).singleElement()
                .satisfies(d -> assertThat(d).containsEntry("caseId", id));
        assertThat((List<Map<String, Object>>) get("/api/litigation/deadlines", Map.class).getBody().get("upcoming"))
                .as("the default department's").noneSatisfy(d -> assertThat(d).containsEntry("caseId", id));

        ResponseEntity<Map> counted = http.exchange("/api/litigation/deadlines/by-department", HttpMethod.GET,
                new HttpEntity<>(TestGateway.inDepartment("default", true, "区依法治区办", "supervisor")), Map.class);
        assertThat((Map<String, Object>) counted.getBody().get(department)).containsEntry("pending", 1)
                .containsEntry("overdue", 0);
        assertThat(http.exchange("/api/litigation/deadlines/by-department", HttpMethod.GET, new HttpEntity<>(clerk),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void counselIsRetainedThenFiledByACorrection() {
        String id = recorded(COUNSEL, """
                {"name":"张明","firm":"重庆渝法律师事务所","termStart":"2024-01-01","termEnd":"2024-12-31",
                 "retainedOn":"2024-01-05"}""");
        assertThat(fetched(COUNSEL, id)).containsEntry("name", "张明").containsEntry("firm", "重庆渝法律师事务所")
                .doesNotContainKey("filedOn");

        ResponseEntity<Map> filed = send(HttpMethod.PUT, COUNSEL + "/" + id, """
                {"expectedVersion":0,"reason":"已向区司法局报备","record":{"name":"张明","firm":"重庆渝法律师事务所",
                 "termStart":"2024-01-01","termEnd":"2024-12-31","retainedOn":"2024-01-05","filedOn":"2024-01-20"}}""");
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) filed.getBody().get("record")).containsEntry("filedOn", "2024-01-20");
    }

    @Test
    void aCounselTermEndingBeforeItStartsIsRefusedNamingTermEnd() {
        long before = stored("legal.counsel");
        ResponseEntity<Map> response = send(HttpMethod.POST, COUNSEL, """
                {"name":"张明","firm":"重庆渝法律师事务所","termStart":"2024-01-01","termEnd":"2023-12-31",
                 "retainedOn":"2024-01-05"}""");
        assertThat(fields(response)).containsExactly("termEnd");
        assertThat(stored("legal.counsel")).isEqualTo(before);
    }

    @Test
    void aLegalReviewIsRecordedAndOneWithoutConclusionIsRefused() {
        String id = recorded(REVIEWS, """
                {"kind":"NORMATIVE_DOCUMENT","subject":"《重庆市九龙坡区科技特派员管理办法（修订）》",
                 "reviewedOn":"2024-05-20","conclusion":"合法，同意印发"}""");
        assertThat(fetched(REVIEWS, id)).containsEntry("kind", "NORMATIVE_DOCUMENT")
                .containsEntry("conclusion", "合法，同意印发");

        ResponseEntity<Map> response = send(HttpMethod.POST, REVIEWS, """
                {"kind":"CONTRACT","subject":"技术服务合同","reviewedOn":"2024-05-20"}""");
        assertThat(fields(response)).containsExactly("conclusion");
    }

    /** A day relative to the service's today (its clock). */
    String day(int fromToday) {
        return ChinaTime.today(clock).plusDays(fromToday).toString();
    }

    static String caseBody(String caseNumber, String receivedOn) {
        return """
                {"kind":"LITIGATION_FIRST_INSTANCE","caseNumber":"%s","court":"重庆市九龙坡区人民法院",
                 "plaintiffType":"BUSINESS","subject":"不服科技项目资助决定","concernsDisclosure":false,
                 "followsReconsideration":false,"complaintReceivedOn":"%s"}""".formatted(caseNumber, receivedOn);
    }

    private Map<String, Object> step(String id, String step, String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, CASES + "/" + id + "/" + step, json);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private String recorded(String path, String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, path, json);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo(path + "/" + id);
        return id;
    }

    private Map<String, Object> fetched(String path, String id) {
        ResponseEntity<Map> response = get(path + "/" + id, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("id", id).containsEntry("recordedBy", "法务专员");
        return (Map<String, Object>) response.getBody().get("record");
    }

    private static List<Object> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), type);
    }

    private ResponseEntity<Map> send(HttpMethod method, String path, String json) {
        return http.exchange(path, method, new HttpEntity<>(json, TestGateway.as("法务专员", "recorder")), Map.class);
    }

    private long stored(String recordType) {
        return jdbc.queryForObject("select count(*) from ledger_record where record_type = ?", Long.class, recordType);
    }
}
