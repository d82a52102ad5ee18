package ruleoflaw.ledger.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The ledger format both ways for cases: a record id chosen by the writer ({@code Record-Id}), and the export of a
 * year as it stands (corrections applied, withdrawn records left out, each step a line of its own, the appeal case
 * carried by its appeal line) or with its whole history; another service's records, which share the index table, are
 * not its to export; every line names its record's department. Years 2016 and 2012 are this test's own.
 */
@LedgerServiceTest
@SuppressWarnings({"unchecked", "rawtypes"})
class LedgerExportTest {

    static final String CASES = "/api/litigation/cases";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aYearIsExportedAsItStandsAndWithItsHistory() throws Exception {
        String caseId = "kjj-2016-case-1";
        assertThat(send(CASES, caseId, LitigationRecordsApiTest.caseBody("(2016)渝0107行初11号", "2016-03-01"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        step(caseId, "defence", "{\"filedOn\":\"2016-03-10\"}");
        step(caseId, "platform-registration", "{\"registeredOn\":\"2016-03-11\",\"platformReference\":\"平台-2016-1\"}");
        step(caseId, "hearings", "{\"heldOn\":\"2016-05-10\",\"principalAppeared\":true}");
        step(caseId, "conclusion", "{\"concludedOn\":\"2016-06-01\",\"outcome\":\"UPHELD\",\"detail\":\"CLAIM_DISMISSED\"}");
        ResponseEntity<Map> appeal = send(CASES + "/" + caseId + "/appeal", "kjj-2016-case-1-appeal", """
                {"appealedOn":"2016-06-10","caseNumber":"(2016)渝05行终7号","court":"重庆市第五中级人民法院",
                 "complaintReceivedOn":"2016-06-20"}""");
        assertThat(appeal.getBody()).containsEntry("id", "kjj-2016-case-1-appeal");
        Map<String, Object> current = get(CASES + "/" + caseId).getBody();
        Map<String, Object> corrected = json.readValue(LitigationRecordsApiTest.caseBody("(2016)渝0107行初11号",
                "2016-03-01").replace("重庆市九龙坡区人民法院", "重庆市九龙坡区人民法院（更正）"), Map.class);
        ResponseEntity<Map> correction = http.exchange(CASES + "/" + caseId, HttpMethod.PUT, new HttpEntity<>(Map.of(
                "expectedVersion", current.get("version"), "reason", "法院名称录入有误", "record", corrected), headers(null)),
                Map.class);
        assertThat(correction.getStatusCode()).as(String.valueOf(correction.getBody())).isEqualTo(HttpStatus.OK);
        String mistaken = "kjj-2016-case-2";
        send(CASES, mistaken, LitigationRecordsApiTest.caseBody("(2016)渝0107行初12号", "2016-04-01"));
        // its defence clock runs out at once (received long ago), and the deadline's events may land between reading
        // the version and withdrawing it: withdraw the version it has now, again if the clock moved it meanwhile
        HttpStatusCode withdrawal = HttpStatus.CONFLICT;
        for (int attempt = 0; attempt < 5 && withdrawal == HttpStatus.CONFLICT; attempt++) {
            Object version = get(CASES + "/" + mistaken).getBody().get("version");
            withdrawal = http.exchange(CASES + "/" + mistaken + "/withdrawal", HttpMethod.POST,
                    new HttpEntity<>(Map.of("expectedVersion", version, "reason", "重复录入"), headers(null)), Map.class)
                    .getStatusCode();
        }
        assertThat(withdrawal).isEqualTo(HttpStatus.OK);

        String session = "kjj-2016-session-of-study-service"; // as study-service records it in the shared stores
        transactions.executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>("StudySession", session,
                0, new StudySessionRecorded(session, new StudySessionDetails(StudySessionKind.COLLECTIVE_STUDY, "学习宪法",
                        LocalDate.of(2016, 5, 1), null, 12, null, null, List.of("中华人民共和国宪法"))))));

        List<JsonNode> now = export("?year=2016");
        assertThat(now).extracting(line -> line.get("type").asText() + " " + line.get("id").asText()).containsExactly(
                "legal.case kjj-2016-case-1", "legal.case.defence " + stepId(now, 1),
                "legal.case.platformRegistration " + stepId(now, 2), "legal.case.hearing " + stepId(now, 3),
                "legal.case.conclusion " + stepId(now, 4), "legal.case.appeal kjj-2016-case-1-appeal");
        assertThat(now).allSatisfy(line -> assertThat(line.fieldNames()).toIterable().as("every line names its "
                + "department, after its type and id").startsWith("type", "id", "department"));
        assertThat(now).extracting(line -> line.get("department").asText()).containsOnly("default");
        assertThat(now.get(0).get("court").asText()).isEqualTo("重庆市九龙坡区人民法院（更正）");
        assertThat(now.get(0).has("defenceDueOn")).as("the case as received, not its file").isFalse();
        assertThat(now.get(3).get("of").asText()).isEqualTo(caseId);
        assertThat(now.get(3).get("principalAppeared").asBoolean()).isTrue();
        assertThat(now.get(5).get("caseNumber").asText()).isEqualTo("(2016)渝05行终7号");
        assertThat(now.get(5).get("complaintReceivedOn").asText()).isEqualTo("2016-06-20");

        List<JsonNode> history = export("?year=2016&history=true");
        assertThat(history).extracting(line -> line.get("type").asText()).containsExactly("legal.case",
                "legal.case.defence", "legal.case.platformRegistration", "legal.case.hearing", "legal.case.conclusion",
                "legal.case.appeal", "legal.case.correction", "legal.case", "legal.case.withdrawal");
        assertThat(history.get(0).get("court").asText()).isEqualTo("重庆市九龙坡区人民法院");
        assertThat(history.get(6).get("reason").asText()).isEqualTo("法院名称录入有误");
        assertThat(history.get(6).get("record").get("court").asText()).isEqualTo("重庆市九龙坡区人民法院（更正）");
        assertThat(history).extracting(line -> line.get("department").asText()).containsOnly("default");
        assertThat(history.get(8).get("of").asText()).isEqualTo(mistaken);
        assertThat(history.get(8).get("reason").asText()).isEqualTo("重复录入");
    }

    @Test
    void aChosenRecordIdIsKeptTakenOnlyOnceAndChecked() {
        String body = LitigationRecordsApiTest.caseBody("(2015)渝0107行初1号", "2015-03-01");
        assertThat(send(CASES, "kjj-2015-case-1", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(get(CASES + "/kjj-2015-case-1").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> again = send(CASES, "kjj-2015-case-1", body);
        assertThat(again.getStatusCode()).as("the same record again: already present").isEqualTo(HttpStatus.OK);
        assertThat(again.getHeaders().getFirst("Record-Already-Present")).isEqualTo("true");
        ResponseEntity<Map> other = send(CASES, "kjj-2015-case-1",
                LitigationRecordsApiTest.caseBody("(2015)渝0107行初2号", "2015-03-01"));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) other.getBody().get("detail")).contains("kjj-2015-case-1 is taken by a legal.case record");

        ResponseEntity<Map> bad = send(CASES, "case 1/2", body);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("Record-Id");
        assertThat(export("?year=2015")).hasSize(1);
    }

    @Test
    void eachLineNamesTheDepartmentOfItsRecord() {
        HttpHeaders ours = TestGateway.inDepartment("dept-export", false, "部门法务专员", "recorder");
        ours.set("Record-Id", "dept-export-2012-review-1");
        ResponseEntity<Map> recorded = http.exchange("/api/litigation/reviews", HttpMethod.POST, new HttpEntity<>(
                "{\"kind\":\"CONTRACT\",\"subject\":\"技术服务合同\",\"reviewedOn\":\"2012-05-20\",\"conclusion\":\"合法\"}",
                ours), Map.class);
        assertThat(recorded.getStatusCode()).as(String.valueOf(recorded.getBody())).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> theirs = http.exchange("/api/litigation/ledger?year=2012", HttpMethod.GET,
                new HttpEntity<>(TestGateway.inDepartment("dept-export", false, "部门审计员", "auditor")), String.class);
        assertThat(theirs.getBody()).isEqualTo("{\"type\":\"legal.review\",\"id\":\"dept-export-2012-review-1\","
                + "\"department\":\"dept-export\",\"kind\":\"CONTRACT\",\"subject\":\"技术服务合同\","
                + "\"reviewedOn\":\"2012-05-20\",\"conclusion\":\"合法\"}\n");
        String defaults = http.exchange("/api/litigation/ledger?year=2012", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class).getBody();
        assertThat(defaults == null ? "" : defaults).as("the default department's export")
                .doesNotContain("dept-export-2012-review-1");
    }

    @Test
    void anExportWithoutAYearIsRefusedNamingIt() {
        ResponseEntity<Map> response = http.exchange("/api/litigation/ledger", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("year");
    }

    private static String stepId(List<JsonNode> lines, int index) {
        return lines.get(index).get("id").asText();
    }

    private List<JsonNode> export(String query) {
        ResponseEntity<String> response = http.exchange("/api/litigation/ledger" + query, HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        return response.getBody().lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    private void step(String id, String step, String body) {
        ResponseEntity<Map> response = http.exchange(CASES + "/" + id + "/" + step, HttpMethod.POST,
                new HttpEntity<>(body, headers(null)), Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> send(String path, String recordId, String body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(recordId)), Map.class);
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    private static HttpHeaders headers(String recordId) {
        HttpHeaders headers = TestGateway.as("法务专员", "recorder");
        if (recordId != null) {
            headers.set("Record-Id", recordId);
        }
        return headers;
    }
}
