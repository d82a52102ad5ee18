package ruleoflaw.ledger.litigation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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
 * A case with more steps than {@code ledger.snapshots.threshold} is snapshotted, and loads from its snapshot: later
 * steps are checked against the state the snapshot holds, while the case's history still tells every change.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class LegalCaseSnapshotApiTest extends RecordsApiSupport {

    static final String CASES = "/api/litigation/cases";

    @Value("${ledger.snapshots.threshold}")
    int threshold;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    @Override
    protected String recorder() {
        return "法务专员";
    }

    @Test
    void aCaseWithManyHearingsIsSnapshottedAndGoesOnFromItsSnapshot() throws Exception {
        String id = recorded(CASES, """
                {"kind":"LITIGATION_FIRST_INSTANCE","caseNumber":"(2024)渝0107行初401号","court":"重庆市九龙坡区人民法院",
                 "plaintiffType":"NATURAL_PERSON","subject":"不服科技项目验收结论","concernsDisclosure":false,
                 "followsReconsideration":false,"complaintReceivedOn":"%s"}""".formatted(today().minusDays(5)));
        int hearings = threshold + 1;
        for (int i = 0; i < hearings; i++) {
            // the last hearing is the latest: a conclusion must not come before it
            LocalDate heldOn = i == hearings - 1 ? today().minusDays(2) : today().minusDays(4);
            step(id, "hearings", """
                    {"heldOn":"%s","principalAppeared":%s}""".formatted(heldOn, i % 2 == 0));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from snapshot_event_entry where aggregate_identifier = ?", Long.class, id)).isEqualTo(1));
        Map<String, Object> snapshot = jdbc.queryForMap("select sequence_number, payload_type, payload_revision, payload "
                + "from snapshot_event_entry where aggregate_identifier = ?", id);
        assertThat(snapshot).containsEntry("payload_type", LegalCase.class.getName()).containsEntry("payload_revision", "1");
        assertThat((Long) snapshot.get("sequence_number")).isBetween((long) threshold - 1, (long) hearings);
        JsonNode state = json.readTree((byte[]) snapshot.get("payload"));
        assertThat(state.path("caseId").asText()).isEqualTo(id);
        assertThat(state.path("file").path("caseNumber").asText()).isEqualTo("(2024)渝0107行初401号");
        // received recently, so no deadline event among them: every event after the first is a hearing
        assertThat(state.path("file").path("hearings").asLong()).isEqualTo((Long) snapshot.get("sequence_number"));
        assertThat(eventStore.readEvents(id).asStream().findFirst().orElseThrow().getPayload()).isInstanceOf(LegalCase.class);

        ResponseEntity<Map> beforeLastHearing = send(HttpMethod.POST, CASES + "/" + id + "/conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(today().minusDays(3)));
        assertThat(fields(beforeLastHearing)).containsExactly("concludedOn");
        Map<String, Object> concluded = step(id, "conclusion", """
                {"concludedOn":"%s","outcome":"UPHELD","detail":"CLAIM_DISMISSED"}""".formatted(today().minusDays(1)));
        assertThat(concluded).containsEntry("version", hearings + 1);
        assertThat((Map<String, Object>) concluded.get("record")).containsEntry("hearings", hearings)
                .containsEntry("principalAppearances", (hearings + 1) / 2).containsEntry("lastHearingOn", today().minusDays(2).toString())
                .containsEntry("concludedOn", today().minusDays(1).toString()).containsEntry("subject", "不服科技项目验收结论");
        assertThat(send(HttpMethod.POST, CASES + "/" + id + "/conclusion", """
                {"concludedOn":"%s","outcome":"OTHER","detail":"WITHDRAWN"}""".formatted(today())).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        List<Map<String, Object>> history = http.exchange(CASES + "/" + id + "/history", HttpMethod.GET,
                new HttpEntity<>(TestGateway.as("审计员", "auditor")),
                List.class).getBody();
        assertThat(history).hasSize(hearings + 2);
        assertThat(history.get(0)).containsEntry("change", "recorded").containsEntry("version", 0);
        assertThat(history).extracting(change -> change.get("change")).filteredOn("hearingHeld"::equals).hasSize(hearings);
        assertThat(history.get(hearings + 1)).containsEntry("change", "caseConcluded");
    }

    private Map<String, Object> step(String id, String step, String body) {
        ResponseEntity<Map> response = send(HttpMethod.POST, CASES + "/" + id + "/" + step, body);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
