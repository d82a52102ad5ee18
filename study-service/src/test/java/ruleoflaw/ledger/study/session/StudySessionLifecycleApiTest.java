package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** A record's life through the REST resource every record has: list, fetch, correct, withdraw, history. */
@LedgerServiceTest
class StudySessionLifecycleApiTest {

    private static final String SESSIONS = "/api/study/sessions";

    @Autowired
    TestRestTemplate http;

    @Test
    void aRecordIsListedByYearFetchedCorrectedWithdrawnAndItsHistoryTold() {
        String id = record("""
                {"kind":"COLLECTIVE_STUDY","title":"学习《科学技术进步法》","heldOn":"2021-04-08","attendees":18,
                 "laws":["科学技术进步法"]}""");

        Map<String, Object> listed = get(SESSIONS + "?year=2021&size=500").getBody();
        assertThat((List<Map<String, Object>>) listed.get("records")).extracting(r -> r.get("id")).contains(id);
        Map<String, Object> fetched = get(SESSIONS + "/" + id).getBody();
        assertThat(fetched).containsEntry("version", 0).containsEntry("recordedBy", "学法专员").containsEntry("withdrawn", false);
        assertThat((Map<String, Object>) fetched.get("record")).containsEntry("title", "学习《科学技术进步法》")
                .containsEntry("laws", List.of("中华人民共和国科学技术进步法"));

        ResponseEntity<Map> corrected = send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"expectedVersion":0,"reason":"实到人数为16人","record":{"kind":"COLLECTIVE_STUDY",
                 "title":"学习《科学技术进步法》","heldOn":"2021-04-08","attendees":16,"laws":["科学技术进步法"]}}""");
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(corrected.getBody()).containsEntry("version", 1);
        assertThat((Map<String, Object>) corrected.getBody().get("record")).containsEntry("attendees", 16);

        ResponseEntity<Map> stale = send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"expectedVersion":0,"reason":"再改","record":{"kind":"COLLECTIVE_STUDY",
                 "title":"学习","heldOn":"2021-04-08","attendees":15}}""");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).containsEntry("currentVersion", 1);

        ResponseEntity<Map> withdrawn = send(HttpMethod.POST, SESSIONS + "/" + id + "/withdrawal", """
                {"expectedVersion":1,"reason":"与另一条重复"}""");
        assertThat(withdrawn.getBody()).containsEntry("withdrawn", true).containsEntry("withdrawalReason", "与另一条重复")
                .containsEntry("version", 2);

        assertThat(send(HttpMethod.POST, SESSIONS + "/" + id + "/withdrawal", """
                {"expectedVersion":2,"reason":"再撤"}""").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        List<Map<String, Object>> history = http.exchange(SESSIONS + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat(history).extracting(c -> c.get("change")).containsExactly("recorded", "corrected", "withdrawn");
        assertThat(history).extracting(c -> c.get("reason")).containsExactly(null, "实到人数为16人", "与另一条重复");
        assertThat(history).extracting(c -> c.get("by")).containsOnly("学法专员");
    }

    @Test
    void aCorrectionNeedsAReasonAndAVersion() {
        String id = record("""
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2021-05-08","attendees":5}""");

        ResponseEntity<Map> response = send(HttpMethod.PUT, SESSIONS + "/" + id, """
                {"record":{"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2021-05-08","attendees":6}}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("expectedVersion", "reason");
    }

    @Test
    void unknownIdsAreNotFoundAndAListNeedsAYear() {
        assertThat(get(SESSIONS + "/no-such-id").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(HttpMethod.PUT, SESSIONS + "/no-such-id", """
                {"expectedVersion":0,"reason":"x","record":{"kind":"GROUP_STUDY","title":"t","heldOn":"2021-05-08",
                 "attendees":6}}""").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map> noYear = get(SESSIONS);
        assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) noYear.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("year");
    }

    @Test
    void aDateInTheFutureOrBefore2000IsRefused() {
        ResponseEntity<Map> response = send(HttpMethod.POST, SESSIONS, """
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2999-01-01","attendees":5}""");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("heldOn");
    }

    private String record(String json) {
        ResponseEntity<Map> response = send(HttpMethod.POST, SESSIONS, json);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    private ResponseEntity<Map> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(TestGateway.as("审计员", "auditor")), Map.class);
    }

    private ResponseEntity<Map> send(HttpMethod method, String path, String json) {
        return http.exchange(path, method, new HttpEntity<>(json, TestGateway.as("学法专员", "recorder")), Map.class);
    }
}
