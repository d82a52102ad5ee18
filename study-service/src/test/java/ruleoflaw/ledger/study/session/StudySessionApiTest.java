package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.contracts.study.StudySessionFormat;
import ruleoflaw.ledger.contracts.study.StudySessionKind;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestBackendsInitializer;
import ruleoflaw.ledger.platform.testing.TestGateway;
import ruleoflaw.ledger.study.StudyServiceApplication;

@LedgerServiceTest
class StudySessionApiTest {

    private static final String CONSTITUTION_STUDY = """
            {"kind":"COLLECTIVE_STUDY","title":"学习《中华人民共和国宪法》","heldOn":"2024-03-12","attendees":20,
             "laws":["中华人民共和国宪法"]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStudySessionIsRecordedAsAnEventWithWhoWhenAndTheRequestItCameFrom() {
        HttpHeaders headers = TestGateway.as("法制科张三", "recorder");
        headers.set("X-Request-Id", "req-constitution-1");

        ResponseEntity<Map> response = post(CONSTITUTION_STUDY, headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-constitution-1");
        String id = (String) response.getBody().get("id");
        var events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayload()).isEqualTo(new SimpleRecordRecorded(id, new StudySessionDetails(
                StudySessionKind.COLLECTIVE_STUDY, "学习《中华人民共和国宪法》", LocalDate.of(2024, 3, 12), null, 20, null,
                List.of(), List.of("中华人民共和国宪法"), StudySessionFormat.OFFLINE)));
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/api/study/sessions/" + id);
        assertThat(events.get(0).getMetaData())
                .containsEntry("recordedBy", "法制科张三")
                .containsEntry("correlationId", "req-constitution-1")
                .containsKey("recordedAt");
    }

    @Test
    void withoutTheGatewaysAssertionNothingIsRecorded() {
        long before = storedSessions();
        HttpHeaders anonymous = new HttpHeaders();
        anonymous.setContentType(MediaType.APPLICATION_JSON);
        HttpHeaders forged = TestGateway.as("法制科张三", "recorder");
        forged.setBearerAuth(TestGateway.assertion("法制科张三", List.of("recorder"), List.of(), Instant.now(), "somebody-else"));
        HttpHeaders expired = TestGateway.as("法制科张三", "recorder");
        expired.setBearerAuth(TestGateway.assertion("法制科张三", List.of("recorder"), List.of(),
                Instant.now().minusSeconds(600), "ledger-gateway"));

        for (HttpHeaders headers : List.of(anonymous, forged, expired)) {
            ResponseEntity<Map> response = post(CONSTITUTION_STUDY, headers);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void onlyARecorderAllowedInThisContextRecords() {
        long before = storedSessions();

        assertThat(post(CONSTITUTION_STUDY, TestGateway.as("审计员", "auditor")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(CONSTITUTION_STUDY, TestGateway.as("应诉专员", List.of("recorder"), List.of("litigation")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedSessions()).isEqualTo(before);

        assertThat(post(CONSTITUTION_STUDY, TestGateway.as("学法专员", List.of("recorder"), List.of("study")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storedSessions()).isEqualTo(before + 1);
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyGetsTheFirstAnswerAndRecordsNothing() {
        long before = storedSessions();
        HttpHeaders headers = TestGateway.as("法制科张三", "recorder");
        headers.set("Idempotency-Key", "import-line-" + System.nanoTime());

        ResponseEntity<Map> first = post(CONSTITUTION_STUDY, headers);
        ResponseEntity<Map> again = post(CONSTITUTION_STUDY, headers);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedSessions()).isEqualTo(before + 1);
        var event = eventStore.readEvents((String) first.getBody().get("id")).asStream().toList().get(0);
        assertThat(event.getMetaData()).containsEntry("idempotencyKey", headers.getFirst("Idempotency-Key"));
    }

    @Test
    void theFirstAnswerToAnIdempotencyKeyOutlivesARestartOfTheService() {
        HttpHeaders headers = TestGateway.as("法制科张三", "recorder");
        headers.set("Idempotency-Key", "restart-" + System.nanoTime());
        ResponseEntity<Map> first;
        try (ConfigurableApplicationContext instanceBeforeRestart = new SpringApplicationBuilder(StudyServiceApplication.class)
                .initializers(new TestBackendsInitializer()).run("--server.port=0")) {
            int port = ((WebServerApplicationContext) instanceBeforeRestart).getWebServer().getPort();
            first = new TestRestTemplate().postForEntity("http://127.0.0.1:" + port + "/api/study/sessions",
                    new HttpEntity<>(CONSTITUTION_STUDY, headers), Map.class);
        }
        long before = storedSessions();

        ResponseEntity<Map> again = post(CONSTITUTION_STUDY, headers);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        HttpHeaders headers = TestGateway.as("法制科张三", "recorder");
        headers.set("Idempotency-Key", "k-" + System.nanoTime());
        post(CONSTITUTION_STUDY, headers);
        long before = storedSessions();

        ResponseEntity<Map> response = post(CONSTITUTION_STUDY.replace("20", "21"), headers);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("title")).isEqualTo("Idempotency-Key reused");
        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheFieldAndNothingIsRecorded() {
        long before = storedSessions();

        ResponseEntity<Map> response = post("""
                {"kind":"PICNIC","title":"学习","heldOn":"2024-03-12","attendees":3}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("kind");
        assertThat(response.getBody().get("correlationId")).isNotNull();
        assertThat(storedSessions()).isEqualTo(before);
    }

    @Test
    void missingTitleAndMalformedDateAreNamed() {
        assertThat(errors(post("""
                {"kind":"GROUP_STUDY","heldOn":"2024-03-12","attendees":3}""")))
                .extracting(e -> e.get("field")).containsExactly("title");
        assertThat(errors(post("""
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2024-13-40","attendees":3}""")))
                .extracting(e -> e.get("field")).containsExactly("heldOn");
    }

    @Test
    void aDomainRuleRefusalIsAProblemNamingTheField() {
        long before = storedSessions();

        ResponseEntity<Map> response = post("""
                {"kind":"GROUP_STUDY","title":"分组学习","heldOn":"2024-03-12","attendees":0}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("attendees");
        assertThat(storedSessions()).isEqualTo(before);
    }

    private ResponseEntity<Map> post(String json) {
        return post(json, TestGateway.as("法制科张三", "recorder"));
    }

    private ResponseEntity<Map> post(String json, HttpHeaders headers) {
        return http.postForEntity("/api/study/sessions", new HttpEntity<>(json, headers), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    /** The events of study's records in the event store: of sessions only, since this class records nothing else. */
    private long storedSessions() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where type = 'StudyRecord'", Long.class);
    }
}
