package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.contracts.record.SimpleRecordRecorded;
import ruleoflaw.ledger.contracts.study.StudySessionDetails;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.OnAxonServer;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** A recording stored in a real Axon Server with its metadata; skipped without Docker. */
@LedgerServiceTest
@OnAxonServer
class StudySessionOnAxonServerTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;

    @Test
    void aStudySessionIsStoredInAxonServerWithItsMetadata() {
        ResponseEntity<Map> response = http.postForEntity("/api/study/sessions", new HttpEntity<>(Map.of("kind",
                "COLLECTIVE_STUDY", "title", "学习《中华人民共和国宪法》", "heldOn", "2024-03-12", "attendees", 20),
                TestGateway.as("法制科张三", "recorder")), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var events = eventStore.readEvents((String) response.getBody().get("id")).asStream().toList();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isInstanceOfSatisfying(SimpleRecordRecorded.class,
                    recorded -> assertThat(recorded.details()).isInstanceOf(StudySessionDetails.class));
            assertThat(event.getMetaData()).containsEntry("recordedBy", "法制科张三").containsKey("correlationId");
        });
    }
}
