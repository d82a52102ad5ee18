package ruleoflaw.ledger.disclosure;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * Disclosure applications through the service: received (201), its steps (correction asked and received,
 * extension, answer) each answering the application as it stands, refusals (400 naming the field, 409 for its
 * state, nothing recorded), the answer deadlines on the persistent deadline manager and listed.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class DisclosureApplicationsApiTest {

    static final String APPLICATIONS = "/api/disclosure/applications";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineManager deadlines;
    @Autowired
    Clock clock;
    @Autowired
    WorkingDays calendar;

    @Test
    void theDeadlinesAreKeptByTheDbSchedulerDeadlineManagerInPostgres() {
        assertThat(deadlines).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?",
                Long.class, "disclosure_scheduled_tasks")).isEqualTo(1);
    }

    @Test
    void anApplicationGoesThroughItsStepsAndItsDueDayFollowsTheClock() {
        String id = recorded(body("2024-06-03", "NATURAL_PERSON", "申请公开2024年科技创新券发放名单"));
        Map<String, Object> received = fetched(id);
        assertThat(received).containsEntry("requestSummary", "申请公开2024年科技创新券发放名单")
                .containsEntry("applicantType", "NATURAL_PERSON").containsEntry("dueOn", "2024-07-02");

        Map<String, Object> asked = record(step(id, "correction-request", """
                {"requestedOn":"2024-06-12"}"""));
        assertThat(asked).containsEntry("correctionRequestedOn", "2024-06-12").doesNotContainKey("dueOn");

        Map<String, Object> supplied = record(step(id, "correction-received", """
                {"receivedOn":"2024-06-14"}"""));
        assertThat(supplied).containsEntry("dueOn", "2024-07-04").containsEntry("pausedWorkingDays", 2)
                .doesNotContainKey("correctionRequestedOn");

        String extendedDue = WorkingDays.china().plusWorkingDays(LocalDate.of(2024, 6, 3), 20 + 2 + 10).toString();
        Map<String, Object> extended = record(step(id, "extension", """
                {"approvedOn":"2024-06-20","workingDays":10}"""));
        assertThat(extended).containsEntry("dueOn", extendedDue).containsEntry("extensionWorkingDays", 10);

        ResponseEntity<Map> again = send(HttpMethod.POST, APPLICATIONS + "/" + id + "/extension", """
                {"approvedOn":"2024-06-21","workingDays":5}""");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> inconsistent = send(HttpMethod.POST, APPLICATIONS + "/" + id + "/answer", """
                {"answeredOn":"2024-07-10","outcome":"NOT_DISCLOSED"}""");
        assertThat(fields(inconsistent)).containsExactly("subReason");

        Map<String, Object> answered = record(step(id, "answer", """
                {"answeredOn":"2024-07-10","outcome":"NOT_DISCLOSED","subReason":"THIRD_PARTY_RIGHTS"}"""));
        assertThat(answered).containsEntry("answeredOn", "2024-07-10").containsEntry("outcome", "NOT_DISCLOSED")
                .containsEntry("subReason", "THIRD_PARTY_RIGHTS").containsEntry("answeredLate", false);

        ResponseEntity<Map> after = send(HttpMethod.POST, APPLICATIONS + "/" + id + "/correction-request", """
                {"requestedOn":"2024-07-11"}""");
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        List<Map<String, Object>> history = get(APPLICATIONS + "/" + id + "/history", List.class).getBody();
        assertThat(history).extracting(change -> change.get("change")).contains("applicationCorrectionRequested",
                "applicationCorrectionReceived", "applicationExtensionApproved", "disclosureApplicationAnswered");
    }

    @Test
    void anAnswerAfterTheDueDayIsLate() {
        String id = recorded(body("2024-06-03", "COMMERCIAL_ENTERPRISE", "申请公开某项目验收材料"));
        Map<String, Object> answered = record(step(id, "answer", """
                {"answeredOn":"2024-07-03","outcome":"DISCLOSED"}"""));
        assertThat(answered).containsEntry("dueOn", "2024-07-02").containsEntry("answeredLate", true);
    }

    @Test
    void refusedApplicationsAndStepsNameTheFieldAndRecordNothing() {
        long before = stored();
        assertThat(fields(send(HttpMethod.POST, APPLICATIONS, body("2024-06-03", "NATURAL_PERSON", " "))))
                .containsExactly("requestSummary");
        assertThat(fields(send(HttpMethod.POST, APPLICATIONS, body("2024-06-03", "ALIEN", "申请公开"))))
                .containsExactly("applicantType");
        assertThat(stored()).isEqualTo(before);

        String id = recorded(body("2024-06-03", "RESEARCH_INSTITUTE", "申请公开科研项目清单"));
        assertThat(fields(send(HttpMethod.POST, APPLICATIONS + "/" + id + "/answer", """
                {"answeredOn":"2024-06-02","outcome":"DISCLOSED"}"""))).containsExactly("answeredOn");
        assertThat(fields(send(HttpMethod.POST, APPLICATIONS + "/" + id + "/extension", """
                {"approvedOn":"2024-06-20","workingDays":21}"""))).containsExactly("workingDays");
        assertThat(fields(send(HttpMethod.POST, APPLICATIONS + "/" + id + "/answer", """
                {"answeredOn":"2024-06-20","outcome":"DISCLOSED","subReason":"NOT_HELD"}"""))).containsExactly("subReason");
        assertThat(fetched(id)).doesNotContainKey("answeredOn").doesNotContainKey("extensionWorkingDays");

        ResponseEntity<Map> unknown = send(HttpMethod.POST, APPLICATIONS + "/no-such-application/answer", """
                {"answeredOn":"2024-06-20","outcome":"DISCLOSED"}""");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anUnansweredApplicationPastItsDueDayIsOverdueAndTheOpenOnesAreListed() {
        String overdue = recorded(body("2024-06-03", "LEGAL_SERVICES_ORGANISATION", "申请公开行政处罚决定书"));
        String running = recorded(body(today().toString(), "PUBLIC_INTEREST_ORGANISATION", "申请公开科普经费使用情况"));
        String paused = recorded(body(today().toString(), "OTHER_ORGANISATION", "申请公开内容不明确"));
        step(paused, "correction-request", "{\"requestedOn\":\"%s\"}".formatted(today()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fetched(overdue))
                .containsEntry("deadlinePassed", true));

        Map<String, Object> listed = get("/api/disclosure/deadlines", Map.class).getBody();
        assertThat((List<Map<String, Object>>) listed.get("overdue")).anySatisfy(d -> assertThat(d)
                .containsEntry("applicationId", overdue).containsEntry("dueOn", "2024-07-02")
                .containsEntry("status", "OVERDUE"));
        assertThat((List<Map<String, Object>>) listed.get("upcoming")).anySatisfy(d -> assertThat(d)
                .containsEntry("applicationId", running)
                .containsEntry("dueOn", calendar.dueDay(today(), 20).on().toString())
                .containsEntry("dueOnProvisional", calendar.dueDay(today(), 20).provisional())
                .containsEntry("status", "UPCOMING"));
        assertThat((List<Map<String, Object>>) listed.get("paused")).anySatisfy(d -> assertThat(d)
                .containsEntry("applicationId", paused).containsEntry("status", "PAUSED"));
    }

    /** Today for the service under test: its clock's day in China Standard Time. */
    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    static String body(String receivedOn, String applicantType, String summary) {
        return """
                {"receivedOn":"%s","applicantType":"%s","requestSummary":"%s"}""".formatted(receivedOn, applicantType, summary);
    }

    private Map<String, Object> step(String id, String step, String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, APPLICATIONS + "/" + id + "/" + step, json);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static Map<String, Object> record(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("record");
    }

    private String recorded(String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, APPLICATIONS, json);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo(APPLICATIONS + "/" + id);
        return id;
    }

    private Map<String, Object> fetched(String id) {
        ResponseEntity<Map> response = get(APPLICATIONS + "/" + id, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (Map<String, Object>) response.getBody().get("record");
    }

    private static List<Object> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }

    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), type);
    }

    private ResponseEntity<Map> send(HttpMethod method, String path, String json) {
        return http.exchange(path, method, new HttpEntity<>(json, TestGateway.as("公开专员", "recorder")), Map.class);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from ledger_record where record_type = ?", Long.class,
                "disclosure.application");
    }
}
