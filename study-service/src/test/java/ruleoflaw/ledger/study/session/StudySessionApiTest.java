package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;

@LedgerServiceTest
class StudySessionApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudySessionIsRecordedAsAnEventWithWhoWhenAndTheRequestItCameFrom() {
        ResponseEntity<Map> response = post("""
                {"kind":"COLLECTIVE_STUDY","title":"学习《中华人民共和国宪法》","heldOn":"2024-03-12","attendees":20,
                 "laws":["中华人民共和国宪法"]}""", "req-constitution-1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-constitution-1");
        String id = (String) response.getBody().get("id");
        var events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayload()).isEqualTo(new StudySessionRecorded(id, StudySessionKind.COLLECTIVE_STUDY,
                "学习《中华人民共和国宪法》", java.time.LocalDate.of(2024, 3, 12), null, 20, null, List.of(),
                List.of("中华人民共和国宪法")));
        assertThat(events.get(0).getMetaData())
                .containsEntry("recordedBy", "system")
                .containsEntry("correlationId", "req-constitution-1")
                .containsKey("recordedAt");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheFieldAndNothingIsRecorded() {
        long before = storedSessions();

        ResponseEntity<Map> response = post("""
                {"kind":"PICNIC","title":"学习","heldOn":"2024-03-12","attendees":3}""", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("kind");
        assertThat(response.getBody().get("correlationId")).isNotNull();
        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void missingTitleAndMalformedDateAreNamed() {
        assertThat(errors(post("""
                {"kind":"GROUP_STUDY","heldOn":"2024-03-12","attendees":3}""", null)))
                .extracting(e -> e.get("field")).containsExactly("title");
        assertThat(errors(post("""
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2024-13-40","attendees":3}""", null)))
                .extracting(e -> e.get("field")).containsExactly("heldOn");
    }

    @Test
    void aDomainRuleRefusalIsAProblemNamingTheField() {
        long before = storedSessions();

        ResponseEntity<Map> response = post("""
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2024-03-12","attendees":0}""", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("attendees");
        assertThat(storedSessions()).isEqualTo(before);
    }

    private ResponseEntity<Map> post(String json, String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (requestId != null) {
            headers.set("X-Request-Id", requestId);
        }
        return http.postForEntity("/api/study/sessions", new HttpEntity<>(json, headers), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    private long storedSessions() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type = 'StudySession'", Long.class);
    }
}
