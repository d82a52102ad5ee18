package ruleoflaw.ledger.study.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import ruleoflaw.ledger.contracts.study.StudySessionRecorded;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/** The same recording under the {@code axonserver} profile, on a real Axon Server; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
@LedgerServiceTest
@ActiveProfiles("axonserver")
class StudySessionOnAxonServerTest {

    @Container
    static AxonServerContainer axonServer = new AxonServerContainer("axoniq/axonserver:latest").withDevMode(true);

    @DynamicPropertySource
    static void axonServer(DynamicPropertyRegistry registry) {
        registry.add("axon.axonserver.servers", axonServer::getAxonServerAddress);
    }

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
            assertThat(event.getPayload()).isInstanceOf(StudySessionRecorded.class);
            assertThat(event.getMetaData()).containsEntry("recordedBy", "法制科张三").containsKey("correlationId");
        });
    }
}
