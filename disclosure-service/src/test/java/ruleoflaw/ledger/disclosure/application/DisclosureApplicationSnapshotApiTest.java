package ruleoflaw.ledger.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.platform.testing.RecordsApiSupport;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * An application asked for corrections again and again, past {@code ledger.snapshots.threshold} events, is
 * snapshotted and goes on from its snapshot: a step that its state refuses is still refused, the answer is recorded,
 * and its history still tells every change.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class DisclosureApplicationSnapshotApiTest extends RecordsApiSupport {

    static final String APPLICATIONS = "/api/disclosure/applications";

    @Value("${ledger.snapshots.threshold}")
    int threshold;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    @Override
    protected String recorder() {
        return "政务公开专员";
    }

    @Test
    void anApplicationWithManyCorrectionRoundsIsSnapshottedAndGoesOnFromItsSnapshot() throws Exception {
        String id = recorded(APPLICATIONS, """
                {"receivedOn":"%s","applicantType":"NATURAL_PERSON","requestSummary":"申请公开科技型企业认定名单（内容反复补正）"}"""
                .formatted(today()));
        int rounds = threshold / 2 + 1;
        for (int i = 0; i < rounds; i++) {
            step(id, "correction-request", "{\"requestedOn\":\"%s\"}".formatted(today()));
            step(id, "correction-received", "{\"receivedOn\":\"%s\"}".formatted(today()));
        }
        step(id, "correction-request", "{\"requestedOn\":\"%s\"}".formatted(today()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class, id)).isEqualTo(1));
        Map<String, Object> snapshot = jdbc.queryForMap(
                "select payload_type, payload_revision, payload from snapshot_event_entry where aggregate_identifier = ?", id);
        assertThat(snapshot).containsEntry("payload_type", DisclosureApplication.class.getName())
                .containsEntry("payload_revision", "2");
        JsonNode state = json.readTree((byte[]) snapshot.get("payload"));
        assertThat(state.path("applicationId").asText()).isEqualTo(id);
        assertThat(state.path("file").path("requestSummary").asText()).isEqualTo("申请公开科技型企业认定名单（内容反复补正）");
        assertThat(eventStore.readEvents(id).asStream().findFirst().orElseThrow().getPayload())
                .isInstanceOf(DisclosureApplication.class);

        // a correction is awaited (the state after the snapshot's events): another request is refused
        assertThat(send(HttpMethod.POST, APPLICATIONS + "/" + id + "/correction-request",
                "{\"requestedOn\":\"%s\"}".formatted(today())).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        step(id, "correction-received", "{\"receivedOn\":\"%s\"}".formatted(today()));
        Map<String, Object> answered = step(id, "answer", """
                {"answeredOn":"%s","outcome":"DISCLOSED"}""".formatted(today()));
        int changes = 2 * rounds + 4;
        assertThat(answered).containsEntry("version", changes - 1);
        assertThat((Map<String, Object>) answered.get("record")).containsEntry("answeredOn", today().toString())
                .containsEntry("outcome", "DISCLOSED").containsEntry("answeredLate", false)
                .doesNotContainKey("correctionRequestedOn");

        List<Map<String, Object>> history = http.exchange(APPLICATIONS + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")), List.class).getBody();
        assertThat(history).hasSize(changes);
        assertThat(history.get(0)).containsEntry("change", "recorded");
        assertThat(history).extracting(change -> change.get("change"))
                .filteredOn("applicationCorrectionRequested"::equals).hasSize(rounds + 1);
        assertThat(history.get(changes - 1)).containsEntry("change", "disclosureApplicationAnswered");
    }

    private Map<String, Object> step(String id, String step, String body) {
        ResponseEntity<Map> response = send(HttpMethod.POST, APPLICATIONS + "/" + id + "/" + step, body);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
