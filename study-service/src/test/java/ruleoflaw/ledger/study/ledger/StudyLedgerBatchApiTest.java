package ruleoflaw.ledger.study.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.record.SimpleRecordCorrected;
import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** {@code POST /api/study/ledger/lines}: a file's lines in one request, each written as its single request. */
@LedgerServiceTest
class StudyLedgerBatchApiTest {

    private static final String SESSION = """
            {"type": "study.session", "id": "%s", "kind": "COLLECTIVE_STUDY", "title": "%s", "heldOn": "2024-03-12",
             "attendees": %d, "laws": ["中华人民共和国宪法"]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    @Test
    void everyLineIsRecordedButTheBadOneWhichIsRefusedNamingItsFieldAndSendingAgainRecordsNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "batch-" + run + "-1";
        String bad = "batch-" + run + "-2";
        String third = "batch-" + run + "-3";
        String fix = "batch-" + run + "-1-fix";
        String lines = "[" + String.join(",", SESSION.formatted(first, "学习《中华人民共和国宪法》", 20),
                SESSION.formatted(bad, "人数为负", -1), SESSION.formatted(third, "学习《民法典》", 18),
                """
                {"type": "study.session.correction", "id": "%s", "of": "%s", "reason": "人数有误",
                 "record": {"kind": "COLLECTIVE_STUDY", "title": "学习《中华人民共和国宪法》", "heldOn": "2024-03-12",
                 "attendees": 21, "laws": ["中华人民共和国宪法"]}}""".formatted(fix, first),
                "{\"type\": \"study.nothing\", \"id\": \"batch-" + run + "-5\"}") + "]";

        JsonNode answer = post(lines);

        assertThat(answer.path("lines")).hasSize(5);
        assertThat(outcomes(answer)).containsExactly("recorded", "refused", "recorded", "recorded", "refused");
        JsonNode refused = answer.path("lines").get(1);
        assertThat(refused.path("index").asInt()).isEqualTo(1);
        assertThat(refused.path("id").asText()).isEqualTo(bad);
        assertThat(refused.path("request").asText()).isEqualTo("POST /api/study/sessions");
        assertThat(refused.path("status").asInt()).isEqualTo(400);
        assertThat(refused.path("problem").path("errors").get(0).path("field").asText()).isEqualTo("attendees");
        assertThat(answer.path("lines").get(4).path("problem").path("errors").get(0).path("field").asText())
                .isEqualTo("type");
        assertThat(eventStore.readEvents(bad).asStream()).isEmpty();
        var events = eventStore.readEvents(first).asStream().toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getPayload()).isInstanceOf(SimpleRecordRecorded.class);
        assertThat(((StudySessionDetails) ((SimpleRecordCorrected) events.get(1).getPayload()).details()).attendees())
                .isEqualTo(21);
        assertThat(events.get(0).getMetaData()).containsEntry("idempotencyKey", first).containsEntry("recordedBy",
                "法制科张三");
        assertThat(events.get(1).getMetaData()).containsEntry("idempotencyKey", fix);
        assertThat(((SimpleRecordRecorded) eventStore.readEvents(third).asStream().toList().get(0).getPayload())
                .details()).extracting("title").isEqualTo("学习《民法典》");

        JsonNode again = post(lines);

        assertThat(outcomes(again)).containsExactly("present", "refused", "present", "present", "refused");
        assertThat(eventStore.readEvents(first).asStream()).hasSize(2);
        assertThat(eventStore.readEvents(third).asStream()).hasSize(1);
        assertThat(eventStore.readEvents(bad).asStream()).isEmpty();
    }

    @Test
    void anExportsCorrectionKeyedByItsRecordAndVersionIsRecorded() throws Exception {
        String record = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        String lines = "[" + SESSION.formatted(record, "学习《中华人民共和国宪法》", 20) + ","
                + """
                {"type": "study.session.correction", "id": "%s@1", "of": "%s", "reason": "人数有误",
                 "record": {"kind": "COLLECTIVE_STUDY", "title": "学习《中华人民共和国宪法》", "heldOn": "2024-03-12",
                 "attendees": 22, "laws": ["中华人民共和国宪法"]}}""".formatted(record, record) + "]";

        JsonNode answer = post(lines);

        assertThat(outcomes(answer)).containsExactly("recorded", "recorded");
        assertThat(eventStore.readEvents(record).asStream()).hasSize(2);
    }

    @Test
    void aLineTheCommandRefusesLeavesTheOthersOfTheBatchRecorded() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "stale-" + run + "-1";
        String lines = "[" + String.join(",", SESSION.formatted(first, "学法", 4), """
                {"type": "study.session.withdrawal", "id": "%s-gone", "of": "%s", "reason": "重复录入",
                 "expectedVersion": 7}""".formatted(first, first), SESSION.formatted("stale-" + run + "-2", "学法", 5))
                + "]";

        JsonNode answer = post(lines);

        assertThat(outcomes(answer)).containsExactly("recorded", "refused", "recorded");
        assertThat(answer.path("lines").get(1).path("status").asInt()).isEqualTo(409);
        assertThat(eventStore.readEvents(first).asStream()).hasSize(1);
        assertThat(eventStore.readEvents("stale-" + run + "-2").asStream()).hasSize(1);
    }

    @Test
    void aStrictBatchStopsAtTheFirstRefusedLine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonNode answer = post("[" + SESSION.formatted("strict-" + run + "-1", "人数为负", -1) + ","
                + SESSION.formatted("strict-" + run + "-2", "学法", 3) + "]", "?strict=true");

        assertThat(outcomes(answer)).containsExactly("refused", "not-tried");
        assertThat(eventStore.readEvents("strict-" + run + "-2").asStream()).isEmpty();
    }

    @Test
    void aBodyThatIsNoArrayOfLinesIsRefusedAsAWhole() {
        for (String body : List.of("{}", "[]", "[1,")) {
            ResponseEntity<Map> answer = http.postForEntity("/api/study/ledger/lines", entity(body), Map.class);
            assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("errors").toString()).contains("field=lines");
        }
    }

    @Test
    void onlyARecorderOfTheContextSendsABatch() {
        HttpHeaders auditor = TestGateway.as("审计员", "auditor");
        auditor.setContentType(MediaType.APPLICATION_JSON);
        String line = "[" + SESSION.formatted("auditor-" + UUID.randomUUID(), "学法", 3) + "]";

        var answer = http.postForEntity("/api/study/ledger/lines", new HttpEntity<>(line, auditor), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTypesNameWhereBatchesGo() {
        var answer = http.exchange("/api/study/ledger/types", org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("法制科张三", "recorder")), Map.class);

        assertThat(answer.getBody().get("lines")).isEqualTo("/api/study/ledger/lines");
    }

    private JsonNode post(String lines) throws Exception {
        return post(lines, "");
    }

    private JsonNode post(String lines, String query) throws Exception {
        ResponseEntity<String> answer = http.postForEntity("/api/study/ledger/lines" + query, entity(lines),
                String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private static HttpEntity<String> entity(String body) {
        HttpHeaders headers = TestGateway.as("法制科张三", "recorder");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static List<String> outcomes(JsonNode answer) {
        return answer.path("lines").findValuesAsText("outcome");
    }
}
